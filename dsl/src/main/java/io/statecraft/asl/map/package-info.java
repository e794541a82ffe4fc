/**
 * The parts of a Map state besides the states it runs: how iterations run
 * ({@link io.statecraft.asl.map.ProcessorConfig}), and for a distributed Map where the items come
 * from ({@link io.statecraft.asl.map.ItemReader}), how they are batched
 * ({@link io.statecraft.asl.map.ItemBatcher}) and where the results go
 * ({@link io.statecraft.asl.map.ResultWriter}). The item processor itself holds states, so it is
 * {@link io.statecraft.asl.ItemProcessor}, next to them.
 *
 * <pre>{@code
 * ReaderConfig csv = new ReaderConfig("CSV", "FIRST_ROW", List.of(), null, null,
 *     NumberOrExpression.of(1000), null);
 * ItemReader rows = new ItemReader("arn:aws:states:::s3:getObject", csv,
 *     JsonMappers.STANDARD.readTree("{\"Bucket\": \"reports\", \"Key.$\": \"$.key\"}"), null);
 * }</pre>
 */
package io.statecraft.asl.map;
