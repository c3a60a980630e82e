/**
 * A researcher's file from arrival to rest: listed in the inbox without following links, claimed once it has
 * settled, moved atomically into processing/, and placed in archive/ or rejected/ without ever being deleted,
 * modified or overwritten. Pure file-system logic: no database, no Spring.
 */
package org.oas.cim.pipeline.inbox;
