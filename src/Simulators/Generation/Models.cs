namespace Hub.Simulators.Generation;

/// <summary>Place of birth: COG commune for a birth in France, country code 99xxx always.</summary>
public sealed record BirthPlace(string? CommuneCode, string CountryCode, string Label);

/// <summary>A synthetic person: the truth, before any source records it with its own errors.</summary>
public sealed record SyntheticPerson
{
    public required PersonKey Key { get; init; }

    public required HouseholdRole Role { get; init; }

    public required Sex Sex { get; init; }

    /// <summary>Birth name (nom de naissance), upper case as in civil-status files.</summary>
    public required string BirthName { get; init; }

    /// <summary>Usage name (nom d'usage), e.g. the spouse's name of a married woman.</summary>
    public string? UsageName { get; init; }

    /// <summary>First names in civil-status order, with their accents.</summary>
    public required IReadOnlyList<string> FirstNames { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required BirthPlace BirthPlace { get; init; }

    /// <summary>15-character NIR with its key, or a 13-character NIA (7/8) for some people born abroad.</summary>
    public required string Nir { get; init; }

    public required string Nationality { get; init; }

    /// <summary>What SI-SIAO recorded of the birth date.</summary>
    public required DatePrecision SiaoDatePrecision { get; init; }

    public required bool SiaoKnowsNir { get; init; }

    public required string HealthCoverage { get; init; }
}

public sealed record Structure(string Id, string Name, string? Finess, string? Siret, string CommuneCode);

public sealed record Professional(int Index, string LastName, string FirstName, string Function, string Email, string Phone);

public sealed record Income(int Member, string Type, decimal MonthlyAmount, bool Pending);

public sealed record HouseholdDemande
{
    public required string Type { get; init; }

    public required DateOnly Date { get; init; }

    public required string Status { get; init; }

    public required IReadOnlyList<string> RequestedDispositifs { get; init; }

    public required Structure Prescriber { get; init; }

    public required int PrescriberReferent { get; init; }

    public required DateOnly EvaluationDate { get; init; }

    public required string HousingSituation { get; init; }

    public DateOnly? SituationSince { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required bool RentDebts { get; init; }

    public required string EvictionStep { get; init; }

    public required bool HousingFirstPrerequisites { get; init; }

    public required string PreconisedDispositif { get; init; }

    public required bool PreconisedHousingFirst { get; init; }

    public required IReadOnlyList<string> PreconisedSupports { get; init; }

    public required DateOnly PreconisationDate { get; init; }

    public DateOnly? CommissionDate { get; init; }

    public required bool Consent { get; init; }

    public DateOnly? ConsentDate { get; init; }

    public string? ConsentMode { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? ClosureReason { get; init; }
}

public sealed record HouseholdOrientation
{
    public required int Slot { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? DecisionDate { get; init; }

    public DateOnly? EntryDate { get; init; }

    public DateOnly? ExitDate { get; init; }

    public required string Status { get; init; }

    public string? RefusalReason { get; init; }

    public required string Dispositif { get; init; }

    public required bool HousingFirst { get; init; }

    public required Structure Structure { get; init; }

    public string? ExitReason { get; init; }
}

public sealed record FslAid(string Purpose, string Form, decimal Amount);

public sealed record SolisMeasure
{
    public required int Slot { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public required DateOnly RequestDate { get; init; }

    public DateOnly? DecisionDate { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? PlannedEnd { get; init; }

    public DateOnly? End { get; init; }

    public string? EndReason { get; init; }

    public required int ReferentIndex { get; init; }

    public required string OperatorName { get; init; }

    public string? OperatorSiret { get; init; }

    public required IReadOnlyList<FslAid> Aids { get; init; }
}

public sealed record SolisFile
{
    public required long Dossier { get; init; }

    public required string Number { get; init; }

    public required bool Open { get; init; }

    public required DateOnly OpenedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public required string TerritoryCode { get; init; }

    public required string TerritoryLabel { get; init; }

    public required int MainReferent { get; init; }

    public required string HousingSituation { get; init; }

    public required IReadOnlyList<SolisMeasure> Measures { get; init; }
}

/// <summary>What the CAF (and the CPAM for the C2S) know of a household.</summary>
public sealed record BenefitsFile
{
    public required string AllocataireNumber { get; init; }

    public required string Provider { get; init; }

    public required int QuotientFamilial { get; init; }

    public required bool Rsa { get; init; }

    public required bool RsaIncrease { get; init; }

    public required bool ActivityBonus { get; init; }

    public required bool Aah { get; init; }

    public required bool Asf { get; init; }

    public required DateOnly RightsSince { get; init; }

    public required bool C2s { get; init; }

    public required bool C2sContribution { get; init; }
}

public sealed record SyntheticHousehold
{
    public required long Index { get; init; }

    public required bool SolisOnly { get; init; }

    public required string Composition { get; init; }

    public required IReadOnlyList<SyntheticPerson> Members { get; init; }

    public required Commune Commune { get; init; }

    public string? PostalCode { get; init; }

    public string? AddressLine { get; init; }

    public required bool Domiciliation { get; init; }

    public required bool Animals { get; init; }

    public required IReadOnlyList<Income> Incomes { get; init; }

    public required HouseholdDemande Demande { get; init; }

    public required IReadOnlyList<HouseholdOrientation> Orientations { get; init; }

    public SolisFile? Solis { get; init; }

    public BenefitsFile? Benefits { get; init; }

    public SyntheticPerson Applicant => Members[0];
}
