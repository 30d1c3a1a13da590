package org.doudi.etl;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The loaders with the warehouse, without the web application: what the job tests start. */
@SpringBootApplication(scanBasePackages = "org.doudi")
public class EtlTestApplication {}
