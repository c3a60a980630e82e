/** What every command shares: the home folder, the settings, the codebooks and phases, and how jobs are launched. */
package org.oas.cim.pipeline.system;
