using System.Globalization;

namespace Hub.Api.Console.Charts;

/// <summary>
/// The geometry of the console's server-drawn SVG charts: a fixed view box that the browser scales to the column's
/// width, a vertical axis rounded up to 1, 2 or 5 × 10ⁿ, and coordinates written with a dot whatever the culture.
/// </summary>
public sealed class ChartScale
{
    public const double Width = 640;
    public const double Height = 220;
    public const double Left = 64;
    public const double Right = 8;
    public const double Top = 12;
    public const double Bottom = 28;

    public ChartScale(int buckets, double largest)
    {
        Buckets = Math.Max(1, buckets);
        Max = NiceCeiling(largest);
    }

    public int Buckets { get; }

    /// <summary>The top of the vertical axis.</summary>
    public double Max { get; }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static double Baseline => Top + PlotHeight;

    public double Slot => PlotWidth / Buckets;

    public double X(int bucket) => Left + (bucket * Slot);

    public double Center(int bucket) => X(bucket) + (Slot / 2);

    public double Y(double value) => Baseline - (Math.Clamp(value / Max, 0, 1) * PlotHeight);

    /// <summary>1, 2 or 5 × 10ⁿ at or above the value (1 for an empty chart, so that the axis still reads 0 to 1).</summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 0 || double.IsNaN(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1d, 2d, 5d, 10d })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>An SVG number: invariant culture (a French comma would break the attribute), two decimals at most.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
