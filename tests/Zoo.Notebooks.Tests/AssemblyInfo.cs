// Running a notebook takes over process-wide state (the console, the working folder, environment variables), so
// the tests of this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
