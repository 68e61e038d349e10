namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// One test class within one run: calls its [Setup] methods once before the first case and its [Cleanup] methods once after
    /// the last case of the run. Classes whose Setup ran but whose Cleanup has not yet run are kept for <see cref="CleanUpPending"/>.
    /// </summary>
    internal sealed class NanoClassRun
    {
        private const int UnknownCount = -1;
        private static readonly object PendingLock = new();
        private static readonly List<NanoClassRun> Pending = [];
        private static readonly Dictionary<Type, NanoClassRun> WithoutOrderer = [];

        private readonly object gate = new();
        private int remaining;
        private SetupState state = SetupState.NotStarted;

        /// <param name="caseCount">How many cases of the class this run holds; the one that finishes last calls Cleanup.</param>
        public NanoClassRun(Type testClass, int caseCount)
        {
            TestClass = testClass;
            remaining = caseCount;
        }

        private enum SetupState
        {
            NotStarted,
            Ready,
            Failed,
            Skipped,
            CleanedUp,
        }

        public Type TestClass { get; }

        /// <summary>Set when a [Setup] method threw: every case of the class fails with it.</summary>
        public Exception? SetupError { get; private set; }

        /// <summary>Set when a [Setup] method threw SkipTestException: every case of the class is skipped.</summary>
        public string? SkipReason { get; private set; }

        /// <summary>The run of a class whose cases were not ordered by <see cref="NanoTestCaseOrderer"/>: Cleanup waits for the end.</summary>
        public static NanoClassRun WithoutOrdererFor(Type testClass)
        {
            lock (PendingLock)
            {
                if (!WithoutOrderer.TryGetValue(testClass, out var run))
                {
                    run = new NanoClassRun(testClass, UnknownCount);
                    WithoutOrderer[testClass] = run;
                }

                return run;
            }
        }

        /// <summary>Runs the class's Setup methods unless they already ran; afterwards see <see cref="SetupError"/> and <see cref="SkipReason"/>.</summary>
        public void EnsureSetUp()
        {
            lock (gate)
            {
                if (state != SetupState.NotStarted)
                {
                    return;
                }

                var errors = new List<Exception>();
                foreach (var method in DeviceLauncher.LifecycleMethods(TestClass, typeof(SetupAttribute)))
                {
                    try
                    {
                        DeviceLauncher.Invoke(TestClass, method, null);
                    }
                    catch (Exception exception) when (DeviceLauncher.IsSkip(exception))
                    {
                        // As on the device: a skipping Setup stops the class; its tests and Cleanup do not run.
                        SkipReason = "[Setup] " + Describe(method) + " skipped the class: " + exception.Message;
                        state = SetupState.Skipped;
                        return;
                    }
                    catch (Exception exception)
                    {
                        errors.Add(new NanoLifecycleException("[Setup] " + Describe(method) + " failed: " + exception.Message, exception));
                    }
                }

                SetupError = Combine(errors);
                state = SetupError == null ? SetupState.Ready : SetupState.Failed;
                lock (PendingLock)
                {
                    Pending.Add(this);
                }
            }
        }

        /// <summary>Called after each case of the class; after the last one it runs Cleanup and returns what Cleanup threw.</summary>
        public Exception? CaseFinished()
        {
            lock (gate)
            {
                if (remaining == UnknownCount || --remaining > 0)
                {
                    return null;
                }
            }

            return CleanUp();
        }

        /// <summary>Runs the Cleanup methods once, if Setup ran and did not skip the class.</summary>
        public Exception? CleanUp()
        {
            lock (gate)
            {
                if (state != SetupState.Ready && state != SetupState.Failed)
                {
                    return null;
                }

                state = SetupState.CleanedUp;
                lock (PendingLock)
                {
                    Pending.Remove(this);
                }

                var errors = new List<Exception>();
                foreach (var method in DeviceLauncher.LifecycleMethods(TestClass, typeof(CleanupAttribute)))
                {
                    try
                    {
                        DeviceLauncher.Invoke(TestClass, method, null);
                    }
                    catch (Exception exception)
                    {
                        errors.Add(new NanoLifecycleException("[Cleanup] " + Describe(method) + " failed: " + exception.Message, exception));
                    }
                }

                return Combine(errors);
            }
        }

        /// <summary>Cleans up every class whose Cleanup is still due; throws what the Cleanup methods threw.</summary>
        public static void CleanUpPending()
        {
            List<NanoClassRun> due;
            lock (PendingLock)
            {
                due = [.. Pending];
                WithoutOrderer.Clear();
            }

            var errors = due.Select(run => run.CleanUp()).OfType<Exception>().ToList();
            if (errors.Count > 0)
            {
                throw new AggregateException("A [Cleanup] method failed at the end of the run.", errors);
            }
        }

        private static Exception? Combine(List<Exception> errors) => errors.Count switch
        {
            0 => null,
            1 => errors[0],
            _ => new AggregateException(errors),
        };

        private string Describe(System.Reflection.MethodInfo method) => TestClass.FullName + "." + method.Name;
    }
}
