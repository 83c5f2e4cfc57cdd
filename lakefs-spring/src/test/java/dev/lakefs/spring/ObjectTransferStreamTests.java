package dev.lakefs.spring;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking stream over a response body when the body hands over its subscription late, as Reactor Netty does
 * from its event loop.
 */
class ObjectTransferStreamTests {

    @Test
    void aStreamClosedBeforeTheBodySubscribesClosesAndCancelsTheBody() throws Exception {
        LateBody body = new LateBody();
        InputStream stream = ObjectTransfer.inputStream(body);

        stream.close();
        body.subscribeNow();

        assertThat(body.cancelled).isTrue();
    }

    @Test
    void aStreamReadBeforeTheBodySubscribesGetsTheBytesOnceItDoes() throws Exception {
        LateBody body = new LateBody();
        try (InputStream stream = ObjectTransfer.inputStream(body)) {
            Thread reader = new Thread(body::subscribeNow);
            reader.start();
            assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data");
            reader.join();
        }
    }

    /** A body of one buffer that calls {@code onSubscribe} only when told to. */
    private static final class LateBody implements Publisher<DataBuffer> {

        private final AtomicReference<Subscriber<? super DataBuffer>> subscriber = new AtomicReference<>();

        private volatile boolean cancelled;

        @Override
        public void subscribe(Subscriber<? super DataBuffer> subscriber) {
            this.subscriber.set(subscriber);
        }

        void subscribeNow() {
            Subscriber<? super DataBuffer> late = this.subscriber.get();
            AtomicBoolean sent = new AtomicBoolean();
            late.onSubscribe(new Subscription() {

                @Override
                public void request(long n) {
                    if (!LateBody.this.cancelled && sent.compareAndSet(false, true)) {
                        late.onNext(DefaultDataBufferFactory.sharedInstance
                            .wrap("data".getBytes(StandardCharsets.UTF_8)));
                        late.onComplete();
                    }
                }

                @Override
                public void cancel() {
                    LateBody.this.cancelled = true;
                }

            });
        }

    }

}
