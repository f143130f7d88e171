package io.reelbase.persistence.queue;

import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobMonitor;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.MinuteCount;
import io.reelbase.core.job.MonitoredJob;
import io.reelbase.core.job.WorkerActivity;
import io.reelbase.core.workflow.Capability;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reading the queue for the monitor and the status bar: jobs by status or text, counts, workers, throughput. */
final class JdbcJobMonitor implements JobMonitor {
    private final DataSource ds;

    JdbcJobMonitor(DataSource ds) {
        this.ds = ds;
    }

    private <T> T read(JobRows.Work<T> work) {
        return JobRows.inTransaction(ds, false, work);
    }

    @Override
    public Optional<Job> find(UUID jobId) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + JobRows.COLUMNS + " from processing_job where id = ?")) {
                st.setObject(1, jobId);
                return JobRows.single(st);
            }
        });
    }
    @Override
    public List<Job> forAsset(UUID assetId) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + JobRows.COLUMNS
                    + " from processing_job where asset_id = ? order by created_at desc")) {
                st.setObject(1, assetId);
                return JobRows.list(st);
            }
        });
    }
    @Override
    public Map<JobStatus, Long> countByStatus() {
        return read(c -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            try (PreparedStatement st = c.prepareStatement("select status, count(*) from processing_job group by status");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(JobStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }
    @Override
    public long countUnfinished(java.util.Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return 0;
        }
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("select count(*) from processing_job where asset_id = any (?)"
                    + " and status in ('QUEUED', 'RETRYING', 'PROCESSING')")) {
                st.setArray(1, c.createArrayOf("uuid", assetIds.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
    @Override
    public List<MonitoredJob> list(java.util.Set<JobStatus> statuses, String text, int limit) {
        return read(c -> {
            StringBuilder sql = new StringBuilder("select " + JobRows.CLAIMED_COLUMNS + ", j.current_capability, j.updated_at,"
                    + " j.heartbeat_at, a.title, w.name from processing_job j join asset a on a.id = j.asset_id"
                    + " join workflow_definition w on w.id = j.workflow_id where 1 = 1");
            if (!statuses.isEmpty()) {
                sql.append(" and j.status = any (?)");
            }
            String q = text == null ? "" : text.strip();
            if (!q.isEmpty()) {
                sql.append(" and (a.title ilike ? or w.name ilike ? or a.original_filename ilike ?)");
            }
            sql.append(" order by j.updated_at desc limit ?");
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (!statuses.isEmpty()) {
                    st.setArray(i++, c.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
                }
                if (!q.isEmpty()) {
                    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    st.setString(i++, like);
                    st.setString(i++, like);
                    st.setString(i++, like);
                }
                st.setInt(i, limit);
                List<MonitoredJob> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Job job = JobRows.job(rs);
                        String cur = rs.getString("current_capability");
                        out.add(new MonitoredJob(job, rs.getString("title"), rs.getString("name"),
                                cur == null ? null : Capability.valueOf(cur), JobRows.instant(rs.getTimestamp("updated_at")),
                                JobRows.instant(rs.getTimestamp("heartbeat_at"))));
                    }
                }
                return out;
            }
        });
    }
    @Override
    public List<WorkerActivity> workers() {
        return read(c -> {
            List<WorkerActivity> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select j.locked_by, max(j.heartbeat_at), count(*),"
                    + " (array_agg(a.title order by j.heartbeat_at desc))[1] from processing_job j join asset a on a.id = j.asset_id"
                    + " where j.status = 'PROCESSING' and j.locked_by is not null group by j.locked_by order by 1");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkerActivity(rs.getString(1), JobRows.instant(rs.getTimestamp(2)), rs.getInt(3), rs.getString(4)));
                }
            }
            return out;
        });
    }
    @Override
    public List<MinuteCount> finishedPerMinute(int minutes) {
        return read(c -> {
            List<MinuteCount> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select extract(epoch from m.minute)::bigint * 1000,"
                    + " count(j.id) from generate_series(date_trunc('minute', now()) - (? || ' minutes')::interval,"
                    + " date_trunc('minute', now()), interval '1 minute') as m(minute)"
                    + " left join processing_job j on j.finished_at >= m.minute and j.finished_at < m.minute + interval '1 minute'"
                    + " and j.status in ('COMPLETED', 'FAILED') group by m.minute order by m.minute")) {
                st.setString(1, String.valueOf(Math.max(1, minutes - 1)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MinuteCount(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }
}
