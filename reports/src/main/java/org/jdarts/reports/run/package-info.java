/** Reading run directories (their JSON and CSV files, never their checkpoints) into what a report shows. */
package org.jdarts.reports.run;
