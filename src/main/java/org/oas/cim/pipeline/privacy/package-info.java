/** Personal data at rest: private file modes, the database's encryption key, and the purge of a published phase. */
package org.oas.cim.pipeline.privacy;
