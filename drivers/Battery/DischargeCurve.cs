using System;

namespace Telemetry.Drivers.Battery
{
    /// <summary>
    /// Piecewise linear map between cell voltage and state of charge, from points ordered by falling voltage.
    /// Voltages above the first point read 100 % of that point, below the last point its percentage.
    /// </summary>
    public sealed class DischargeCurve
    {
        private readonly double[] _volts;
        private readonly double[] _percents;

        /// <summary>
        /// Curve through (<paramref name="volts"/>[i], <paramref name="percents"/>[i]); both strictly falling,
        /// at least two points, percentages within 0-100. The arrays are copied.
        /// </summary>
        public DischargeCurve(double[] volts, double[] percents)
        {
            if (volts == null || volts.Length < 2)
            {
                throw new ArgumentException("A curve needs at least two voltages.", "volts");
            }

            if (percents == null || percents.Length != volts.Length)
            {
                throw new ArgumentException("Give one percentage per voltage.", "percents");
            }

            for (int i = 0; i < volts.Length; i++)
            {
                if (double.IsNaN(volts[i]) || volts[i] <= 0 || (i > 0 && volts[i] >= volts[i - 1]))
                {
                    throw new ArgumentException("Voltages must be positive and strictly falling.", "volts");
                }

                if (double.IsNaN(percents[i]) || percents[i] < 0 || percents[i] > 100
                    || (i > 0 && percents[i] >= percents[i - 1]))
                {
                    throw new ArgumentException("Percentages must be within 0-100 and strictly falling.", "percents");
                }
            }

            _volts = new double[volts.Length];
            _percents = new double[percents.Length];
            Array.Copy(volts, _volts, volts.Length);
            Array.Copy(percents, _percents, percents.Length);
        }

        /// <summary>
        /// Open-circuit curve of one LiPo / Li-ion cell, 100 % to 0 % in 10 % steps:
        /// 4.19, 4.05, 3.99, 3.89, 3.80, 3.72, 3.63, 3.53, 3.42, 3.30, 3.10 V. It is the default OCV_ARRAY of the
        /// Meshtastic firmware (src/power.h), which its ESP32 and nRF52 boards use for their LiPo cells.
        /// </summary>
        public static DischargeCurve SingleCellLiPo()
        {
            return new DischargeCurve(
                new double[] { 4.19, 4.05, 3.99, 3.89, 3.80, 3.72, 3.63, 3.53, 3.42, 3.30, 3.10 },
                new double[] { 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0 });
        }

        /// <summary>Number of points.</summary>
        public int PointCount
        {
            get { return _volts.Length; }
        }

        /// <summary>Voltage of point <paramref name="index"/>.</summary>
        public double VoltsAt(int index)
        {
            return _volts[index];
        }

        /// <summary>Percentage of point <paramref name="index"/>.</summary>
        public double PercentAt(int index)
        {
            return _percents[index];
        }

        /// <summary>State of charge (percent) at a cell voltage; NaN in, NaN out.</summary>
        public double StateOfCharge(double volts)
        {
            if (double.IsNaN(volts))
            {
                return double.NaN;
            }

            int last = _volts.Length - 1;
            if (volts >= _volts[0])
            {
                return _percents[0];
            }

            if (volts <= _volts[last])
            {
                return _percents[last];
            }

            int i = 1;
            while (volts < _volts[i])
            {
                i++;
            }

            // _volts[i] <= volts < _volts[i - 1]
            double fraction = (volts - _volts[i]) / (_volts[i - 1] - _volts[i]);
            return _percents[i] + (fraction * (_percents[i - 1] - _percents[i]));
        }

        /// <summary>Cell voltage at a state of charge (the inverse of <see cref="StateOfCharge"/>).</summary>
        public double Voltage(double percent)
        {
            if (double.IsNaN(percent))
            {
                return double.NaN;
            }

            int last = _percents.Length - 1;
            if (percent >= _percents[0])
            {
                return _volts[0];
            }

            if (percent <= _percents[last])
            {
                return _volts[last];
            }

            int i = 1;
            while (percent < _percents[i])
            {
                i++;
            }

            double fraction = (percent - _percents[i]) / (_percents[i - 1] - _percents[i]);
            return _volts[i] + (fraction * (_volts[i - 1] - _volts[i]));
        }
    }
}
