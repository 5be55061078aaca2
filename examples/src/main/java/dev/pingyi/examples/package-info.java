/**
 * Programs that use Pingyi's public API as an application would: {@link
 * dev.pingyi.examples.LiaochengReport}, the tool an evaluation office would write on the 2022 H1
 * Liaocheng report's data — read the office's files through {@code dev.pingyi.io}, rank, recompute
 * the report's figures, and write a page, JSON and a workbook.
 */
@NullMarked
package dev.pingyi.examples;

import org.jspecify.annotations.NullMarked;
