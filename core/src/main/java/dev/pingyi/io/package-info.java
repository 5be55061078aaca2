/**
 * Data in and out in the forms evaluation offices use: project ledgers and score sheets as CSV
 * and {@code .xlsx} with Chinese headers, JSON for services, and tables Excel opens as written.
 *
 * <p>The only package that knows FastCSV, fastexcel and Jackson 3, which are optional
 * dependencies of pingyi-core: a user who never calls this package carries none of them. Every
 * value read goes through the model's builders, so every rule of the model runs.
 */
@PingyiStyle
@NullMarked
package dev.pingyi.io;

import dev.pingyi.internal.PingyiStyle;
import org.jspecify.annotations.NullMarked;
