/** Several processes on one database sharing a run's files: the run's leader hands its files out, workers take them one at a time. */
package org.oas.cim.pipeline.worker;
