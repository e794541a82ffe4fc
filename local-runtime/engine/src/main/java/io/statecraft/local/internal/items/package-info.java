/**
 * The items a distributed Map reads and the result files it writes, as AWS Step Functions does:
 * {@code ItemReader} formats (JSON, JSON Lines, CSV, S3 inventory and Athena manifests, Parquet
 * through an optional module, {@code s3:listObjectsV2}), and {@code ResultWriter}'s manifest and
 * per-status files. A local folder ({@link io.statecraft.local.internal.items.S3Folder}) stands in
 * for Amazon S3.
 *
 * <p>Sources: https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/example-csv-parse-dist-map.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html.
 */
package io.statecraft.local.internal.items;
