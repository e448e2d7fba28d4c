/**
 * What a user's module does with the library, as a program run on the module path by
 * {@code ModulePathTest}.
 *
 * <p>Rule of this package: only the exported API, and no requires beyond the library's own.
 */
package dev.journeymap.consumer;
