package dev.lakefs.spring.sample.datasets;

import java.util.List;

/**
 * What an ingestion wrote, as the transactional method returns it (before the merge).
 *
 * @param name the dataset's name
 * @param rows how many data rows it has
 * @param objects the objects holding them
 * @param tag the tag the transaction puts on its merge commit
 */
public record IngestedDataset(String name, long rows, List<String> objects, String tag) {

    public IngestedDataset {
        objects = List.copyOf(objects);
    }

}
