namespace ServiceDesk.Core.Data;

/// <summary>Something a caller waits to have written by a <see cref="WriteCombiner{TItem}"/>.</summary>
public interface IPendingWrite
{
    /// <summary>Tells the waiting caller that its write failed, and why.</summary>
    void Fail(Exception error);
}
