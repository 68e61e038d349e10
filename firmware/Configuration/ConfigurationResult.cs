using System.Collections;

namespace Telemetry.Firmware.Configuration
{
    /// <summary>What <see cref="ConfigurationParser"/> refused: one <see cref="ConfigurationError"/> per bad line.</summary>
    public sealed class ConfigurationResult
    {
        private readonly ArrayList _errors = new ArrayList();

        /// <summary>Lines that set a value.</summary>
        public int ValuesRead { get; internal set; }

        /// <summary>Number of errors.</summary>
        public int ErrorCount
        {
            get { return _errors.Count; }
        }

        /// <summary>True when every line was accepted.</summary>
        public bool IsValid
        {
            get { return _errors.Count == 0; }
        }

        /// <summary>Error <paramref name="index"/>, in file order.</summary>
        public ConfigurationError GetError(int index)
        {
            return (ConfigurationError)_errors[index];
        }

        /// <summary>The first error about <paramref name="key"/>, or null.</summary>
        public ConfigurationError FindError(string key)
        {
            for (int i = 0; i < _errors.Count; i++)
            {
                ConfigurationError error = (ConfigurationError)_errors[i];
                if (error.Key == key)
                {
                    return error;
                }
            }

            return null;
        }

        internal void Add(int line, string key, string message)
        {
            _errors.Add(new ConfigurationError(line, key, message));
        }
    }
}
