namespace ActorGraph.Core.Model;

/// <summary>A date known to some precision: <c>2014-10</c> is October 2014 as a whole.</summary>
public readonly record struct PartialDate(DateOnly Value, DatePrecision Precision)
{
    /// <summary>ISO text cut to the precision: <c>2014-11-06</c>, <c>2014-10</c> or <c>2014</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Value.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Parses the text written by <see cref="ToString"/>; week precision reads back as day.</summary>
    public static PartialDate? Parse(string? text, DatePrecision? precision = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Split('-');
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var year = int.Parse(parts[0], ci);
        var month = parts.Length > 1 ? int.Parse(parts[1], ci) : 1;
        var day = parts.Length > 2 ? int.Parse(parts[2], ci) : 1;
        var given = parts.Length switch { 1 => DatePrecision.Year, 2 => DatePrecision.Month, _ => DatePrecision.Day };
        return new PartialDate(new DateOnly(year, month, day), precision ?? given);
    }
}
