package dev.lakefs.embedded.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML request bodies of DeleteObjects and CompleteMultipartUpload as hostile input: at most
 * {@value #MAX_BYTES} bytes, no DTD, no entities, element names matched without namespaces as Go's decoder does.
 */
final class XmlBodies {

    /** Enough for 1000 keys of 1024 bytes or 10000 parts, far from what could hurt. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final XMLInputFactory FACTORY = factory();

    private XmlBodies() {
    }

    /**
     * The keys and the {@code Quiet} flag of a {@code <Delete>} body.
     *
     * @param keys the keys, in order
     * @param quiet whether only errors are reported
     */
    record Delete(List<String> keys, boolean quiet) {
    }

    /** Parses a DeleteObjects body; {@link Malformed} when it is not XML of that shape. */
    static Delete delete(InputStream body) throws IOException, Malformed {
        List<String> keys = new ArrayList<>();
        boolean[] quiet = { false };
        walk(body, (element, text) -> {
            if (element.equals("Object/Key")) {
                keys.add(text);
            }
            else if (element.equals("Quiet")) {
                quiet[0] = bool(text.trim());
            }
        });
        return new Delete(keys, quiet[0]);
    }

    /**
     * The part numbers of a CompleteMultipartUpload body (lakeFS's mem store ignores the list, but a body that is
     * not such XML fails the completion).
     */
    static List<Integer> completedParts(InputStream body) throws IOException, Malformed {
        List<Integer> parts = new ArrayList<>();
        walk(body, (element, text) -> {
            if (element.equals("Part/PartNumber")) {
                parts.add(integer(text.trim()));
            }
        });
        return parts;
    }

    /** Hands every element's path below the root (such as {@code Object/Key}) and text to {@code handler}. */
    private static void walk(InputStream body, ElementHandler handler) throws IOException, Malformed {
        XMLStreamReader reader = reader(body);
        try {
            List<String> path = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = next(reader);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.add(reader.getLocalName());
                    text.setLength(0);
                }
                else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    handler.end(String.join("/", path.subList(1, path.size())), text.toString());
                    path.remove(path.size() - 1);
                    text.setLength(0);
                }
            }
        }
        catch (XMLStreamException ex) {
            throw new Malformed(ex.getMessage());
        }
        finally {
            close(reader);
        }
    }

    /** The next event; a DTD is refused outright (Go's decoder defines no entities either). */
    private static int next(XMLStreamReader reader) throws XMLStreamException, Malformed {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new Malformed("DTDs and entities are not accepted");
        }
        return event;
    }

    private static XMLStreamReader reader(InputStream body) throws IOException, Malformed {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Malformed("the body exceeds " + MAX_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new Malformed("the body is empty");
        }
        try {
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
        }
        catch (XMLStreamException ex) {
            throw new Malformed(ex.getMessage());
        }
    }

    private static boolean bool(String text) throws Malformed {
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False", "" -> false;
            default -> throw new Malformed("not a boolean: " + text);
        };
    }

    private static int integer(String text) throws Malformed {
        try {
            return Integer.parseInt(text);
        }
        catch (NumberFormatException ex) {
            throw new Malformed("not an integer: " + text);
        }
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        }
        catch (XMLStreamException ignored) {
            // nothing held but the byte array
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Receives each element as it ends. */
    @FunctionalInterface
    private interface ElementHandler {

        void end(String element, String text) throws Malformed;
    }

    /** The body is not the XML the operation expects. */
    static final class Malformed extends Exception {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
