namespace Attribution.Text;

/// <summary>A 1-based line and column, for people to read.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}
