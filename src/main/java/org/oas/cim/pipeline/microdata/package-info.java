/** The answers behind the tables as one row per respondent (restricted microdata), with R, SPSS and Stata loaders. */
package org.oas.cim.pipeline.microdata;
