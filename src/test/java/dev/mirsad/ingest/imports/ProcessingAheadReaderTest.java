package dev.mirsad.ingest.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingAheadReaderTest {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ProcessingAheadReaderTest() {
        executor.setCorePoolSize(4);
        executor.initialize();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void returnsEveryProcessedItemInReadingOrderAndReadsAtMostTheWindowAhead() throws Exception {
        List<Integer> items = IntStream.range(0, 250).boxed().toList();
        Source source = new Source(items);
        ProcessingAheadReader<Integer, String> reader = new ProcessingAheadReader<>(source, i -> "#" + i, executor, 10);
        reader.open(new ExecutionContext());

        List<String> read = new ArrayList<>();
        for (String item; (item = reader.read()) != null; ) {
            read.add(item);
            assertThat(source.read - read.size()).as("items read ahead").isLessThanOrEqualTo(10);
        }
        reader.close();

        assertThat(read).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(source.opened).isTrue();
        assertThat(source.closed).isTrue();
    }

    @Test
    void aFailingItemFailsItsReadWithTheProcessorsException() throws Exception {
        ProcessingAheadReader<Integer, Integer> reader = new ProcessingAheadReader<>(new Source(List.of(1, 2, 3, 4)),
                i -> {
                    if (i == 3) {
                        throw new IllegalStateException("cannot process 3");
                    }
                    return i * 10;
                }, executor, 4);
        reader.open(new ExecutionContext());

        assertThat(reader.read()).isEqualTo(10);
        assertThat(reader.read()).isEqualTo(20);
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("cannot process 3");
        reader.close();
    }

    @Test
    void filteredItemsAreSkipped() throws Exception {
        ProcessingAheadReader<Integer, Integer> reader = new ProcessingAheadReader<>(new Source(List.of(1, 2, 3, 4, 5)),
                i -> i % 2 == 0 ? null : i, executor, 2);
        reader.open(new ExecutionContext());
        List<Integer> read = new ArrayList<>();
        for (Integer item; (item = reader.read()) != null; ) {
            read.add(item);
        }
        assertThat(read).containsExactly(1, 3, 5);
    }

    /** A reader over a list that counts what was read and whether it was opened and closed. */
    private static final class Source implements ItemStreamReader<Integer> {
        private final Iterator<Integer> items;
        int read;
        boolean opened;
        boolean closed;

        Source(List<Integer> items) {
            this.items = items.iterator();
        }

        @Override
        public Integer read() {
            if (!items.hasNext()) {
                return null;
            }
            read++;
            return items.next();
        }

        @Override
        public void open(ExecutionContext executionContext) {
            opened = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
