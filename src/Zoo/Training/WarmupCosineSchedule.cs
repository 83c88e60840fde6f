namespace Zoo.Training;

/// <summary>
/// The learning-rate factor of step <c>t</c> (counted in batches): linear warm-up from <c>start</c> to 1 over the
/// first <c>warmup</c> steps, then a half cosine from 1 down to <c>final</c> at the last step. Closed form, so a
/// resumed run gets exactly the rates of an uninterrupted one.
/// </summary>
public sealed record WarmupCosineSchedule(int TotalSteps, int WarmupSteps, double StartFactor = 0.01, double FinalFactor = 0)
{
    public double Factor(int step)
    {
        if (WarmupSteps > 0 && step < WarmupSteps)
            return StartFactor + (1 - StartFactor) * step / WarmupSteps;
        int decaySteps = Math.Max(1, TotalSteps - WarmupSteps);
        double progress = Math.Clamp((double)(step - WarmupSteps) / decaySteps, 0, 1);
        return FinalFactor + (1 - FinalFactor) * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }
}
