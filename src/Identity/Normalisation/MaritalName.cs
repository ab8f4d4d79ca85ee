namespace Hub.Identity.Normalisation;

/// <summary>A name field split into birth name and usage name ("DUPONT EPOUSE MARTIN", "MARTIN NEE DUPONT").</summary>
public sealed record MaritalName(string BirthName, string UsageName);
