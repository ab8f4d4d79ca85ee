namespace Hub.Simulators.Generation;

/// <summary>Sex at civil status; the value is the first digit of the NIR.</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}

public enum HouseholdRole
{
    Applicant,
    Spouse,
    Child,
    OtherMember,
}

/// <summary>How much of a birth date a source recorded.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>How the SOLIS copy of a person differs from the SI-SIAO one (what identity matching has to absorb).</summary>
[Flags]
public enum IdentityVariation
{
    None = 0,
    AccentsDropped = 1,
    UsageNameAsBirthName = 2,
    FirstNamesSwapped = 4,
    NirMissing = 8,
    Typo = 16,
    PartialBirthDate = 32,
    DayMonthSwapped = 64,
}
