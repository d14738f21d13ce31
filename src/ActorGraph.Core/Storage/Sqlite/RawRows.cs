using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Core.Storage.Sqlite;

/// <summary>
/// Rows of one statement read straight through SQLite's C interface, on a connection (and in the transaction) the
/// caller opened. For reads of millions of rows only: each column read through <see cref="SqliteDataReader"/> costs
/// several checks and calls, which made reading a whole graph take four times what SQLite itself takes.
/// </summary>
internal sealed class RawRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <param name="parameters">Named parameters ($name): null, a string, or an integer.</param>
    public RawRows(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        foreach (var (name, value) in parameters)
        {
            var at = raw.sqlite3_bind_parameter_index(_statement, name);
            if (at == 0)
                continue; // a parameter the statement does not use
            Check(value switch
            {
                null => raw.sqlite3_bind_null(_statement, at),
                string text => raw.sqlite3_bind_text(_statement, at, text),
                long number => raw.sqlite3_bind_int64(_statement, at, number),
                int number => raw.sqlite3_bind_int64(_statement, at, number),
                _ => throw new ArgumentException($"Parameter {name}: a {value.GetType().Name} cannot be bound here.", nameof(parameters)),
            });
        }
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
            return true;
        if (result == raw.SQLITE_DONE)
            return false;
        Check(result);
        return false;
    }

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>The column's bytes (a text's UTF-8) as SQLite holds them, valid until the next <see cref="Read"/>; empty for NULL.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    /// <summary>The column's text; null when it is NULL.</summary>
    public string? Text(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
