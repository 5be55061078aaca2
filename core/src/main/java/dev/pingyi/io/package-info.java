/**
 * Data in and out in the forms evaluation offices use: project ledgers and score sheets as CSV
 * and {@code .xlsx} with Chinese headers, JSON for services, and tables Excel opens as written.
 *
 * <p>The only package that knows FastCSV, fastexcel and Jackson 3, which are optional
 * dependencies of pingyi-core: a user who never calls this package carries none of them. Every
 * value read goes through the model's builders, so every rule of the model runs.
 *
 * <p><b>Tables.</b> {@link dev.pingyi.io.ProjectTableReader} and {@link
 * dev.pingyi.io.ScoreSheetTableReader} read projects and score sheets, and {@link
 * dev.pingyi.io.EvaluatedUnitTableReader} the evaluated-units list (参评单位名单), from CSV and
 * {@code .xlsx} as offices keep them — Chinese headers, title rows, 合计 rows, thousands separators,
 * full-width digits, GBK — strictly (one {@link dev.pingyi.io.TableReadException} listing every bad cell with
 * its row, column, value and rule) or collecting the good rows beside the {@link
 * dev.pingyi.io.ReadProblem}s of the others ({@link dev.pingyi.io.ReadMode}); {@link
 * dev.pingyi.io.CountyLookup} finds the counties a table names. {@link dev.pingyi.io.TableWriter}
 * writes projects, score sheets, rankings and totals by county as CSV that Excel opens as written
 * and as {@code .xlsx} with numeric cells, text neutralised against formula injection. Each format
 * needs only its own library: reading and writing CSV needs FastCSV ({@code de.siegmar:fastcsv});
 * reading {@code .xlsx} needs fastexcel-reader and writing it fastexcel ({@code org.dhatim}); the
 * lookup, the results and the exceptions need neither. A format whose library is missing throws
 * {@link java.lang.IllegalStateException} naming the dependency to add.
 */
@PingyiStyle
@NullMarked
package dev.pingyi.io;

import dev.pingyi.internal.PingyiStyle;
import org.jspecify.annotations.NullMarked;
