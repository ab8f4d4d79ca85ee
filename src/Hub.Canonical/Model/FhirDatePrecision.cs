namespace Hub.Canonical.Model;

/// <summary>How much of a <see cref="FhirDate"/> is known.</summary>
public enum FhirDatePrecision
{
    /// <summary>Only the year (<c>1985</c>).</summary>
    Year,

    /// <summary>Year and month (<c>1985-03</c>).</summary>
    Month,

    /// <summary>A full date (<c>1985-03-14</c>).</summary>
    Day,
}
