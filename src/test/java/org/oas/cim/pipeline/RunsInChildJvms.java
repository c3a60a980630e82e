package org.oas.cim.pipeline;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose pipeline runs are all in JVMs of their own ({@link ChildJvm}), each with its own home, database
 * schema and options, and which starts nothing of the pipeline in the test JVM: it runs beside the other test classes,
 * which otherwise run one after the other ({@code junit-platform.properties}), so that the suite uses a second core
 * while a drill waits for its children. Such a class writes to standard output, so a test that replaces standard
 * output to read what a library printed takes it for itself ({@link Resources#SYSTEM_OUT}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
public @interface RunsInChildJvms {
}
