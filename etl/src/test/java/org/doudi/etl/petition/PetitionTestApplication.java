package org.doudi.etl.petition;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The warehouse and the loaders without the web application, for the job tests. */
@SpringBootApplication(scanBasePackages = {"org.doudi.warehouse", "org.doudi.etl"})
class PetitionTestApplication {}
