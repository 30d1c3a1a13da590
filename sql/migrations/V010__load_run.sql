-- Which files a load run (one Spring Batch job instance of a file loader) consists of, and the
-- load_log row each became. The command line and the upload page read a run's outcome from here,
-- also after a run that died midway was restarted.
CREATE TABLE load_run_file (
    run_key     VARCHAR NOT NULL,   -- identifies the run: the job's identifying parameter
    file_index  INTEGER NOT NULL,   -- position of the file in the run, from 0
    load_id     BIGINT NOT NULL,    -- the load_log row that records the file's outcome
    PRIMARY KEY (run_key, file_index)
);
