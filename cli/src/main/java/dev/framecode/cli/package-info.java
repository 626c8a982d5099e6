/** The {@code framecode} command line. Not an API: embed the library modules instead. */
package dev.framecode.cli;
