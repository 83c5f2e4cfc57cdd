package dev.lakefs.spring.sample.datasets;

import java.util.List;

/**
 * The answer to {@code POST /datasets/{name}}.
 *
 * @param dataset the dataset's name
 * @param rows how many data rows were ingested
 * @param objects the objects now holding them on {@code main}
 * @param commitId the merge commit that brought them into {@code main}
 * @param tag the tag on that commit, naming this version of the dataset
 */
public record DatasetIngestion(String dataset, long rows, List<String> objects, String commitId, String tag) {

    public DatasetIngestion {
        objects = List.copyOf(objects);
    }

}
