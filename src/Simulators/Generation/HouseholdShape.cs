namespace Hub.Simulators.Generation;

/// <summary>
/// The cheap part of a household (a handful of draws, no names): enough to know which list slots hold a record, so
/// that a page can skip empty slots without building whole households.
/// </summary>
internal readonly record struct HouseholdShape(string Composition, int Adults, int Children, string Status, int Orientations)
{
    public int Members => Adults + Children;

    /// <summary>The last orientation led to an entry (demande taken in charge or closed after a stay).</summary>
    public bool HasEntry => Orientations > 0 && Status is "PRISE_EN_CHARGE" or "CLOTUREE";

    public bool HasExit => Orientations > 0 && Status == "CLOTUREE";
}
