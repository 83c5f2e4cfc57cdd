package dev.lakefs.spring.sample.datasets;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code POST /datasets/{name}}.
 *
 * @param dataset the dataset's name
 * @param rows how many data rows were ingested
 * @param objects the objects now holding them on {@code main}
 * @param commitId the merge commit that brought them into {@code main}, or {@code null} when {@code main} already held
 * exactly this dataset
 */
public record DatasetIngestion(String dataset, long rows, List<String> objects, @Nullable String commitId) {

    public DatasetIngestion {
        objects = List.copyOf(objects);
    }

    static DatasetIngestion of(IngestedDataset ingested) {
        return new DatasetIngestion(ingested.name(), ingested.rows(), ingested.objects(), ingested.mergeCommitId());
    }

}
