using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Finds date phrases in a sentence and resolves them against the publication date: "today", "yesterday",
/// "on Saturday", "Sept. 22", "since late October", "in 2013", "last week", "three days ago".
/// Without a publication date only phrases that carry their own year resolve.
/// </summary>
public static partial class DateResolver
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>True for a month's or a weekday's name, lower case ("september", "monday").</summary>
    internal static bool IsMonthOrDay(string norm) => MonthsAndDays.Contains(norm);

    internal static bool IsMonthName(string norm) => Array.IndexOf(MonthNames, norm) >= 0;

    // Asked at every step of a cue's gaps (PatternMatcher): a set, not two arrays searched in turn.
    private static readonly HashSet<string> MonthsAndDays = [.. MonthNames, .. DayNames];
    private static readonly Dictionary<string, int> Numbers = new()
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = 3, ["a few"] = 3,
    };

    /// <summary>
    /// Every date phrase holds a digit or one of these pieces of a word (months, "day" of weekdays, today and
    /// yesterday, "week", "recent", "ago" ...): a sentence with none is not searched, not even for where a phrase may
    /// start (see <see cref="Phrases"/>).
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> DateWords = System.Buffers.SearchValues.Create(
        ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "day", "night", "morning", "afternoon", "evening", "week", "month", "year",
         "spring", "summer", "autumn", "fall", "winter", "recent", "lately", "ago", "jan", "feb", "mar", "apr", "may", "jun", "jul",
         "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<DateMention> Find(string sentence, DateOnly? published)
    {
        if (!sentence.AsSpan().ContainsAny(DateWords))
            return [];
        var found = new List<DateMention>();
        foreach (var m in Phrases(sentence))
        {
            if (!IsDatePhrase(m))
                continue;
            var date = Resolve(m, published);
            var qualifier = m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() : null;
            // "two days earlier" counts back from the time the story is at, which the caller may know better; "a year
            // later" counts on from it, and alone (with no time to count from) is no date at all.
            if (m.Groups["back"].Value.ToLowerInvariant() is "earlier" or "later")
                qualifier = m.Groups["back"].Value.ToLowerInvariant();
            else if (m.Groups["back"].Value.Equals("before", StringComparison.OrdinalIgnoreCase))
                qualifier = "earlier"; // "the day before": a day earlier
            // "the same day", "later that day": the day the story is at, which only the caller knows; "the following year" one
            // on from it.
            if (m.Groups["same"].Success || m.Groups["next"].Success)
                qualifier = "later";
            if (qualifier == "later")
                date = null;
            found.Add(new DateMention(m.Index, m.Index + m.Length, m.Value.Trim(), date, qualifier is "since" or "until" or "till" or "earlier" or "later" ? qualifier : null));
        }
        if (found.Count > 0)
            AddSpansFromDay(sentence, found);
        return found;
    }

    /// <summary>
    /// "Jets struck on Monday, two days after militants killed seven soldiers": a span of days (hours, a week) after or
    /// before what a clause tells, past a day the sentence named before it, dates that clause from the day (Saturday).
    /// </summary>
    private static void AddSpansFromDay(string sentence, List<DateMention> found)
    {
        if (!sentence.Contains(" after ", StringComparison.OrdinalIgnoreCase) && !sentence.Contains(" before ", StringComparison.OrdinalIgnoreCase))
            return;
        var named = found.Count; // (counted from the days the sentence names, not from a span found here)
        foreach (Match m in SpanFromDay().Matches(sentence))
        {
            if (found.Take(named).LastOrDefault(d => d.End <= m.Index) is not { Date: { Precision: DatePrecision.Day } day, Qualifier: null })
                continue;
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var n = unit == "hour" ? 0 : m.Groups["n"].Value is { Length: > 0 } count ? CountOf(count.ToLowerInvariant(), 60) : -1;
            if (n < 0)
                continue;
            var days = unit == "week" ? 7 * n : n;
            var back = m.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -days : days;
            var date = new PartialDate(day.Value.AddDays(back), unit == "week" ? DatePrecision.Week : DatePrecision.Day);
            found.Add(new DateMention(m.Index, m.Index + m.Length, m.Value.Trim(), date, null));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    [GeneratedRegex(@"\b(?:(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)|(?<unit>hours))\s+(?<dir>after|before)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SpanFromDay();

    /// <summary>
    /// The date phrases of a sentence, as <c>DatePhrase().Matches</c> finds them: tried only at the words one may start
    /// with. Scanning the sentence tried the expression, with its optional leading qualifier, at every character.
    /// </summary>
    private static IEnumerable<Match> Phrases(string sentence)
    {
        var after = 0; // matches do not overlap: the next is looked for after the last
        for (var at = 0; at < sentence.Length; at++)
        {
            if (at < after || !MayStartAt(sentence, at))
                continue;
            var m = DatePhraseAt().Match(sentence, at);
            if (m.Success)
            {
                yield return m;
                after = m.Index + m.Length;
            }
        }
    }

    /// <summary>
    /// Whether a date phrase may start at <paramref name="at"/>: every one starts a word (each alternative opens on a
    /// word boundary), with a digit or one of <see cref="FirstWords"/>. A word with a letter outside ASCII is tried too:
    /// case-blind matching knows likenesses lower-casing does not (the Kelvin sign is a "k").
    /// </summary>
    private static bool MayStartAt(string text, int at)
    {
        if (!char.IsLetterOrDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
            return false;
        if (!char.IsLetter(text[at]))
            return true;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var word = text.AsSpan(at, end - at);
        if (!System.Text.Ascii.IsValid(word))
            return true;
        if (word.Length > MaxFirstWord)
            return false;
        Span<char> lower = stackalloc char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return FirstWordsLookup.Contains(lower);
    }

    /// <summary>The words a date phrase may open with (lower case): qualifiers, relative words, numbers, units, days and months.</summary>
    private static readonly HashSet<string> FirstWords =
    [
        "since", "until", "till", "on", "in", "during", "by", "from", "before", "after",
        "the", "that", "later", "yesterday", "today", "tonight", "this", "earlier", "last", "over", "at", "early", "mid", "late", "recently", "lately", "recent",
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "summer", "spring", "autumn", "fall", "winter",
        .. DayNames, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", .. MonthNames,
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordsLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int MaxFirstWord = FirstWords.Max(w => w.Length);

    /// <summary>
    /// "a year later", "two days later", "months later" (<paramref name="phrase"/>) counted on from <paramref name="from"/>,
    /// the time the story is at: told no closer than that time or the phrase's unit ("a month later" after "in 2019" is a
    /// year); a few days, weeks or months when the phrase gives no number, as "days ago" is; "the following (next) year" is
    /// one later; "the same day", "later that day" is that time itself when it is a day. Null when it is no such phrase.
    /// </summary>
    public static PartialDate? Later(string phrase, PartialDate from)
    {
        var m = DatePhrase().Match(phrase);
        if (m.Success && m.Groups["same"].Success)
            return from.Precision == DatePrecision.Day ? from : null;
        var next = m.Success && m.Groups["next"].Success; // "the following year": a year later
        // "seized Sanaa in 2014 ... intervened the following March": the first such month after the time counted from.
        if (next && m.Groups["nmonth"].Success)
        {
            var month = MonthOf(m.Groups["nmonth"].Value);
            var year = from.Precision == DatePrecision.Year || month <= from.Value.Month ? from.Value.Year + 1 : from.Value.Year;
            return year is >= FirstYear and <= LastYear ? new PartialDate(new DateOnly(year, month, 1), DatePrecision.Month) : null;
        }
        if (!next && (!m.Success || !m.Groups["ago"].Success || !m.Groups["back"].Value.Equals("later", StringComparison.OrdinalIgnoreCase)))
            return null;
        var unit = (next ? m.Groups["nunit"] : m.Groups["unit"]).Value.ToLowerInvariant();
        var words = next ? "a" : m.Groups["n"].Success ? m.Groups["n"].Value.ToLowerInvariant() : null;
        if (words is null && !unit.EndsWith('s'))
            return null;
        var n = words is null ? 3 : CountOf(words, 100);
        if (n < 0)
            return null;
        var (value, precision) = unit.TrimEnd('s') switch
        {
            "day" => (from.Value.AddDays(n), words is null ? DatePrecision.Week : DatePrecision.Day),
            "week" => (from.Value.AddDays(7 * n), words is null ? DatePrecision.Month : DatePrecision.Week),
            "month" => (from.Value.AddMonths(n), words is null ? DatePrecision.Year : DatePrecision.Month),
            _ => (from.Value.AddYears(n), DatePrecision.Year),
        };
        precision = (DatePrecision)Math.Max((int)precision, (int)from.Precision);
        value = precision switch
        {
            DatePrecision.Year => new DateOnly(value.Year, 1, 1),
            DatePrecision.Month => new DateOnly(value.Year, value.Month, 1),
            _ => value,
        };
        return value.Year is >= FirstYear and <= LastYear ? new PartialDate(value, precision) : null;
    }

    /// <summary>How many units "two", "a few" or "12" counts; -1 for a figure above <paramref name="most"/>.</summary>
    private static int CountOf(string words, int most)
    {
        words = words.ToLowerInvariant();
        return char.IsDigit(words[0]) ? (int.TryParse(words, out var k) && k <= most ? k : -1) : Numbers.GetValueOrDefault(words, 1);
    }

    /// <summary>
    /// Dates outside these years are not news dates ("a city founded 4000 years ago", "999999 days ago"): they stay
    /// unresolved, with their phrase kept, rather than being computed out of the calendar's range.
    /// </summary>
    private const int FirstYear = 1000, LastYear = 2999;

    private static PartialDate? Resolve(Match m, DateOnly? published)
    {
        try
        {
            return ResolveUnchecked(m, published) is { } date && date.Value.Year is >= FirstYear and <= LastYear ? date : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // arithmetic past year 1 or 9999
        }
    }

    private static PartialDate? ResolveUnchecked(Match m, DateOnly? published)
    {
        var g = m.Groups;
        if (g["iso"].Success)
            return PartialDate.Parse(g["iso"].Value);
        if (g["rel"].Success)
        {
            if (published is not { } p)
                return null;
            // "the start of the year", "late last month": the period itself, at the precision it has.
            var relative = g["rel"].Value.ToLowerInvariant();
            if (PeriodPart().Match(relative) is { Success: true } part)
                relative = relative[part.Length..] is var period && period.StartsWith("the ", StringComparison.Ordinal) ? "this " + period[4..] : period;
            return relative switch
            {
                "yesterday" or "last night" => new PartialDate(p.AddDays(-1), DatePrecision.Day),
                "the day before yesterday" => new PartialDate(p.AddDays(-2), DatePrecision.Day),
                "over the weekend" or "last weekend" or "this weekend" or "at the weekend" or "this past weekend" => new PartialDate(p.AddDays(-(((int)p.DayOfWeek + 1) % 7 == 0 ? 7 : ((int)p.DayOfWeek + 1) % 7)), DatePrecision.Week),
                "last week" => new PartialDate(p.AddDays(-7), DatePrecision.Week),
                "this week" or "earlier this week" or "earlier in the week" or "this past week" => new PartialDate(p, DatePrecision.Week),
                "last month" => new PartialDate(new DateOnly(p.Year, p.Month, 1).AddMonths(-1), DatePrecision.Month),
                "this month" or "earlier this month" => new PartialDate(new DateOnly(p.Year, p.Month, 1), DatePrecision.Month),
                "last year" => new PartialDate(new DateOnly(p.Year - 1, 1, 1), DatePrecision.Year),
                "this year" or "earlier this year" => new PartialDate(new DateOnly(p.Year, 1, 1), DatePrecision.Year),
                "this spring" or "this summer" or "this autumn" or "this fall" or "this winter" or "earlier this spring" or "earlier this summer"
                    or "earlier this autumn" or "earlier this fall" or "earlier this winter" => new PartialDate(new DateOnly(p.Year, 1, 1), DatePrecision.Year),
                // "last summer": the last one over by publication (winter counted in the year of its January and February).
                "last spring" => new PartialDate(new DateOnly(p.Month > 5 ? p.Year : p.Year - 1, 1, 1), DatePrecision.Year),
                "last summer" => new PartialDate(new DateOnly(p.Month > 8 ? p.Year : p.Year - 1, 1, 1), DatePrecision.Year),
                "last autumn" or "last fall" => new PartialDate(new DateOnly(p.Month > 11 ? p.Year : p.Year - 1, 1, 1), DatePrecision.Year),
                "last winter" => new PartialDate(new DateOnly(p.Month > 2 ? p.Year : p.Year - 1, 1, 1), DatePrecision.Year),
                // "recently joined": in the weeks before the report, told no closer than its month.
                "recently" or "lately" or "recent days" or "recent weeks" => new PartialDate(new DateOnly(p.Year, p.Month, 1), DatePrecision.Month),
                _ => new PartialDate(p, DatePrecision.Day), // today, tonight, this morning, earlier today
            };
        }
        if (g["ago"].Success)
        {
            if (published is not { } p)
                return null;
            var unit = g["unit"].Value.ToLowerInvariant();
            // "days earlier", "weeks ago": a few of them, told no closer than the next larger unit.
            if (!g["n"].Success && !g["back"].Value.Equals("before", StringComparison.OrdinalIgnoreCase))
                return !unit.EndsWith('s') ? null : unit switch
                {
                    "days" => new PartialDate(p.AddDays(-3), DatePrecision.Week),
                    "weeks" => new PartialDate(new DateOnly(p.AddDays(-21).Year, p.AddDays(-21).Month, 1), DatePrecision.Month),
                    "months" => new PartialDate(new DateOnly(p.AddMonths(-3).Year, 1, 1), DatePrecision.Year),
                    _ => null,
                };
            var n = g["n"].Success ? CountOf(g["n"].Value, 10_000) : 1;
            if (n < 0)
                return null;
            return unit.TrimEnd('s') switch
            {
                "day" => new PartialDate(p.AddDays(-n), DatePrecision.Day),
                "week" => new PartialDate(p.AddDays(-7 * n), DatePrecision.Week),
                "month" => new PartialDate(new DateOnly(p.Year, p.Month, 1).AddMonths(-n), DatePrecision.Month),
                _ => new PartialDate(new DateOnly(p.Year - n, 1, 1), DatePrecision.Year),
            };
        }
        if (g["wd"].Success)
        {
            if (published is not { } p)
                return null;
            var target = Array.IndexOf(DayNames, g["wd"].Value.ToLowerInvariant());
            var back = ((int)p.DayOfWeek - target + 7) % 7;
            if (g["last"].Success && back == 0)
                back = 7;
            return new PartialDate(p.AddDays(-back), DatePrecision.Day);
        }
        if (g["yo"].Success)
            return YearDate(m);
        var month = MonthOf(g["m"].Success ? g["m"].Value : g["m2"].Value);
        if (month == 0)
            return null;
        int? year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture)
            : g["y2"].Success ? int.Parse(g["y2"].Value, CultureInfo.InvariantCulture) : null;
        var dayText = g["d"].Success ? g["d"].Value : g["d2"].Success ? g["d2"].Value : null;
        if (year is null)
        {
            if (published is not { } p)
                return null;
            // "in April last year", "in March this year": the year said; else a month after the publication month
            // (with some slack for a few days ahead) belongs to the year before.
            // "last May": the last one over, a year back when the story is told in May.
            year = g["ry"].Success ? (g["ry"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? p.Year - 1 : p.Year)
                : month > p.Month || (g["lastm"].Success && month == p.Month) ? p.Year - 1 : p.Year;
        }
        if (dayText is null)
            return new PartialDate(new DateOnly(year.Value, month, 1), DatePrecision.Month);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year.Value, month))
            return null;
        return new PartialDate(new DateOnly(year.Value, month, day), DatePrecision.Day);
    }

    /// <summary>Month names are capitalised; a bare "May" or "March" with no day, year or "in" is a verb.</summary>
    private static bool IsDatePhrase(Match m)
    {
        var month = m.Groups["m"].Success ? m.Groups["m"] : m.Groups["m2"].Success ? m.Groups["m2"] : m.Groups["nmonth"];
        if (!month.Success)
            return true;
        if (m.Groups["nmonth"].Success)
            return char.IsUpper(month.Value[0]);
        if (!char.IsUpper(month.Value[0]))
            return false;
        var bare = !m.Groups["d"].Success && !m.Groups["d2"].Success && !m.Groups["y"].Success && !m.Groups["y2"].Success;
        return !(bare && month.Value is "May" or "March" && !m.Groups["q"].Success && m.Value.Trim() == month.Value);
    }

    private static int MonthOf(string text)
    {
        var t = text.TrimEnd('.').ToLowerInvariant();
        if (t.Length < 3)
            return 0;
        for (var i = 0; i < MonthNames.Length; i++)
            if (MonthNames[i].StartsWith(t, StringComparison.Ordinal) || (t == "sept" && i == 8))
                return i + 1;
        return 0;
    }

    private static int YearOnly(Match m) => int.Parse(m.Groups["yo"].Value, CultureInfo.InvariantCulture);

    /// <summary>Resolves a year phrase found by <see cref="DatePhrase"/> ("in 2013").</summary>
    private static PartialDate YearDate(Match m) => new(new DateOnly(YearOnly(m), 1, 1), DatePrecision.Year);

    private const string Month =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    private const string DatePhraseText =
        @"(?:\b(?<q>since|until|till|on|in|during|by|from|before|after)\s+(?:the\s+(?:night|morning|evening|afternoon|weekend)\s+of\s+)?)?" +
        @"(?:" +
        @"(?<iso>\b\d{4}-\d{2}-\d{2}\b)" +
        @"|(?<same>\b(?:(?:later\s+)?(?:the|that)\s+same|later\s+that)\s+(?:day|night|morning|afternoon|evening)\b)" +
        @"|(?<rel>\b(?:the day before yesterday|yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier today|last night|over the weekend|at the weekend|last weekend|this past weekend|this weekend|this past week|earlier in the week|(?:earlier )?this (?:week|month|year)|last (?:week|month|year)|(?:earlier )?this (?:spring|summer|autumn|fall|winter)|last (?:spring|summer|autumn|fall|winter)|(?:the (?:start|beginning|end|middle) of|early|late) (?:the |this |last )(?:week|month|year)|recently|lately|recent (?:days|weeks))\b)" +
        @"|(?<next>\bthe\s+(?:following|next)\s+(?:(?<nunit>day|week|month|year)|(?<nmonth>January|February|March|April|May|June|July|August|September|October|November|December))\b)" +
        @"|(?<ago>\b(?:(?<n>\d+|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?(?<unit>days?|weeks?|months?|years?)\s+(?<back>ago|earlier|later)\b)" +
        // "the day before" closing a clause (not "the day before the vote", which counts from the vote)
        @"|(?<ago>\bthe\s+(?<unit>day|week|month|year)\s+(?<back>before)\b(?=\s*(?:[.,;:!?)\u2014]|$)))" +
        @"|(?:\b(?<last>last\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)" +
        @"|(?:\b(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b|\s+(?<ry>last|this)\s+year\b)?)" +
        @"|(?:\b(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + Month + @")(?:,?\s+(?<y2>(?:19|20)\d{2}))?\b)" +
        @"|(?:\b(?:(?:early|mid|late|the end of|the beginning of|the start of)[\s-]+|(?<lastm>last)\s+)?(?<m>" + Month + @")(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2})|\s+(?<ry>last|this)\s+year)?\b)" +
        @"|(?:\b(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:summer|spring|autumn|fall|winter)\s+of\s+)?(?<yo>(?:19|20)\d{2})(?:[-\u2013](?:(?:19|20)\d{2}|\d{2}))?\b(?!-|\s*(?:fighters|militants|people|troops|members|men|soldiers)))" +
        @")";

    [GeneratedRegex(DatePhraseText, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePhrase();

    /// <summary><see cref="DatePhrase"/> tried only where it is started (<c>\G</c>): at the places <see cref="MayStartAt"/> lets through.</summary>
    [GeneratedRegex(@"\G" + DatePhraseText, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePhraseAt();

    [GeneratedRegex(@"^(?:the (?:start|beginning|end|middle) of|early|late) ")]
    private static partial Regex PeriodPart();
}
