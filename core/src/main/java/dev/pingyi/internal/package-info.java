/**
 * What every layer of Pingyi shares and users must not see: the Immutables style, the slot
 * table and the rules for reading number text and names. The module does not export this
 * package; nothing here is API.
 */
@NullMarked
package dev.pingyi.internal;

import org.jspecify.annotations.NullMarked;
