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

    /// <summary>The last day of the period: "2014-10" ends on 2014-10-31, "2014" on 2014-12-31.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Value.Year, 12, 31),
        DatePrecision.Month => new DateOnly(Value.Year, Value.Month, DateTime.DaysInMonth(Value.Year, Value.Month)),
        DatePrecision.Week => Value.AddDays(6),
        _ => Value,
    };

    /// <summary>Reads what a user typed ("2014", "2014-10", "2014-10-06"); false for anything else or a day not in the calendar.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (!IsWrittenLikeADate(text))
            return false;
        try
        {
            date = Parse(text)!.Value;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>True for the shapes YYYY, YYYY-MM and YYYY-MM-DD, whether or not the day exists.</summary>
    public static bool IsWrittenLikeADate(string? text) =>
        text is not null && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}(-\d{2}(-\d{2})?)?$");

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
