/** Linking victims across agencies' lists by keyed match keys, so that no name, birth date or case number leaves the raw rows. */
package org.oas.cim.pipeline.linking;
