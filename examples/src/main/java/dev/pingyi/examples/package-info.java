/**
 * Programs that use Pingyi's public API as an application would, starting with the facts of the
 * 2022 H1 Liaocheng report.
 */
@NullMarked
package dev.pingyi.examples;

import org.jspecify.annotations.NullMarked;
