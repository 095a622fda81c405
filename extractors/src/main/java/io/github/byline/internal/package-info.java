/**
 * Byline's own plumbing shared by its packages, such as the checks of the shipped models. Not API:
 * it may change in any release.
 */
@NullMarked
package io.github.byline.internal;

import org.jspecify.annotations.NullMarked;
