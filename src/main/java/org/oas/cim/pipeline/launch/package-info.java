/**
 * Launching the jobs as an operator expects: under the database locks of what a job touches, after repairing what a
 * crash left, resuming what did not finish before starting anything new.
 */
package org.oas.cim.pipeline.launch;
