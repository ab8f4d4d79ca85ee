namespace Hub.Identity.Matching;

/// <summary>
/// Fellegi–Sunter probabilities of one agreement level of one trait: <see cref="M"/> among pairs of records of the same
/// person, <see cref="U"/> among pairs of different persons. The weight is log2(m/u).
/// </summary>
public sealed record LevelProbability(Trait Trait, Agreement Agreement, double M, double U)
{
    /// <summary>log2(m/u): positive when the level is more likely for a true match.</summary>
    public double Weight => Math.Log2(M / U);
}
