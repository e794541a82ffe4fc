/**
 * The S3 side of a distributed Map state: the {@link io.statecraft.dsl.map.ItemSource} it reads its
 * items from, the {@link io.statecraft.dsl.map.Batching} that hands them to child executions, and
 * the {@link io.statecraft.dsl.map.ResultSink} it writes the results to.
 *
 * <pre>{@code
 * map("Score rows", scoreRow)
 *     .distributedStandard()
 *     .itemReader(s3Csv("reports", path("$.key")).maxItems(1000))
 *     .itemBatcher(batching().maxItems(50))
 *     .resultWriter(s3Results("reports", "scores/"));
 * }</pre>
 */
@CheckReturnValue
package io.statecraft.dsl.map;

import io.statecraft.dsl.payload.CheckReturnValue;
