/**
 * Drawing on frames with Java 2D: {@link dev.framecode.awt.AwtAnnotator} outlines and labels the
 * codes a scan found, for an annotated copy of a video. It needs the JDK's {@code java.desktop}
 * module and runs headless; it keeps AWT out of {@code core}.
 */
package dev.framecode.awt;
