package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slurm and Kubernetes files of a grid: parsed back and checked field by field. */
class ClusterEmitTest {

    private static Cli.Result emit(Path out, String what, String... more) {
        List<String> args = new ArrayList<>(List.of("experiment", "table9", "--budget", "smoke", "--searches", "2",
                "--data", SampleData.sampleDir().toString(), "--out", out.toString(), "--emit", what));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theKubernetesManifestIsAnIndexedJobThatNeverRetriesUsageErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid");
        Cli.Result r = emit(out, "kubernetes", "--image", "registry.example/jdarts:1", "--claim", "nas",
                "--max-parallel", "3", "--retries", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode job = new YAMLMapper().readTree(out.resolve("table9-job.yaml").toFile());
        assertEquals("batch/v1", job.path("apiVersion").asText());
        assertEquals("Job", job.path("kind").asText());
        JsonNode spec = job.path("spec");
        assertEquals("Indexed", spec.path("completionMode").asText());
        assertEquals(12, spec.path("completions").asInt(), "2 searches + 2 trainings per space, 3 spaces");
        assertEquals(3, spec.path("parallelism").asInt());
        assertEquals(2, spec.path("backoffLimitPerIndex").asInt());
        JsonNode rules = spec.path("podFailurePolicy").path("rules");
        assertEquals("FailIndex", rules.get(0).path("action").asText());
        assertEquals(List.of(2), List.of(rules.get(0).path("onExitCodes").path("values").get(0).asInt()));
        assertEquals("In", rules.get(0).path("onExitCodes").path("operator").asText());
        assertEquals("Ignore", rules.get(1).path("action").asText());
        assertEquals(75, rules.get(1).path("onExitCodes").path("values").get(0).asInt());
        JsonNode pod = spec.path("template").path("spec");
        assertEquals("Never", pod.path("restartPolicy").asText());
        JsonNode container = pod.path("containers").get(0);
        assertEquals("registry.example/jdarts:1", container.path("image").asText());
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertEquals(List.of("experiment", "table9", "--budget", "smoke", "--searches", "2", "--eval-seeds", "1",
                "--order", "first", "--data", "cifar10:/shared/" + SampleData.sampleDir().getFileName(), "--out",
                "/shared/grid",
                "--device", "gpu"),
                args.subList(0, 16));
        assertTrue(!args.contains("--index"), "the index comes from JOB_COMPLETION_INDEX");
        assertEquals("/shared", container.path("volumeMounts").get(0).path("mountPath").asText());
        assertEquals("nas", pod.path("volumes").get(0).path("persistentVolumeClaim").path("claimName").asText());
        assertEquals(1, container.path("resources").path("limits").path("nvidia.com/gpu").asInt());
        assertTrue(Files.readString(out.resolve("table9-job.yaml")).contains("# EDIT HERE"));
    }

    @Test
    void theJobsOfAGridOfAnotherMethodRunThatMethodWithItsOptions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid");
        Cli.Result r = emit(out, "kubernetes", "--image", "registry.example/jdarts:1", "--claim", "nas",
                "--method", "pc-darts", "--method-option", "k=2", "--hessian-every", "5", "--set", "search.channels=4");
        assertEquals(0, r.exit(), r.err());
        JsonNode container = new YAMLMapper().readTree(out.resolve("table9-job.yaml").toFile()).path("spec")
                .path("template").path("spec").path("containers").get(0);
        String args = container.path("args").toString();
        assertTrue(args.contains("\"--method\",\"pc-darts\"") && args.contains("\"--method-option\",\"k=2\"")
                && args.contains("\"--hessian-every\",\"5\""), args);
        Cli.Result bad = emit(dir.resolve("other"), "kubernetes", "--method", "gdas");
        assertEquals(2, bad.exit());
        assertEquals("jdarts experiment table9: unknown search method 'gdas'; registered: darts, darts-minus, sdarts-rs,"
                + " beta-darts, pc-darts", bad.err().strip());
    }

    @Test
    void theSlurmFilesSubmitTwoArraysAndRequeueAStoppedTask(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid");
        Cli.Result r = emit(out, "slurm", "--partition", "debug", "--time-limit", "02:00:00", "--gpus", "0",
                "--max-parallel", "2");
        assertEquals(0, r.exit(), r.err());
        String task = Files.readString(out.resolve("table9-task.sbatch"));
        String submit = Files.readString(out.resolve("table9-submit.sh"));
        for (String line : List.of("#SBATCH --partition=debug", "#SBATCH --time=02:00:00", "#SBATCH --requeue",
                "#SBATCH --signal=B:TERM@300", "scontrol requeue", "75)", "2) echo")) {
            assertTrue(task.contains(line), line + " missing:\n" + task);
        }
        assertTrue(task.contains("--device cpu") && !task.contains("--gres"), task);
        assertTrue(submit.contains("--array=0-5%\"$MAX_PARALLEL\""), submit);
        assertTrue(submit.contains("--array=6-11%\"$MAX_PARALLEL\" --dependency=afterok:"), submit);
        assertTrue(submit.contains("--dependency=afterany:") && submit.contains("experiment collect"), submit);
        assertTrue(submit.contains("MAX_PARALLEL=2"));
        for (Path script : List.of(out.resolve("table9-task.sbatch"), out.resolve("table9-submit.sh"))) {
            Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            assertEquals(0, p.waitFor(), script + ": " + new String(p.getInputStream().readAllBytes()));
            assertTrue(Files.isExecutable(script));
        }
        Cli.Result bad = emit(out, "pbs");
        assertEquals(2, bad.exit());
        assertEquals("jdarts experiment table9: --emit 'pbs': valid are slurm, kubernetes", bad.err().strip());
    }

    @Test
    void theIndexComesFromTheSchedulerWhenTheFlagIsAbsent() {
        assertEquals(4, ClusterOptions.indexFromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "4")));
        assertEquals(7, ClusterOptions.indexFromEnvironment(Map.of("JOB_COMPLETION_INDEX", "7")));
        assertNull(ClusterOptions.indexFromEnvironment(Map.of("HOME", "/root")));
        assertThrows(UsageException.class, () -> ClusterOptions.indexFromEnvironment(Map.of("JOB_COMPLETION_INDEX", "x")));
    }

    @Test
    void aCostBudgetReachesEveryTask(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid");
        assertEquals(0, emit(out, "slurm", "--cost", "latency", "--cost-target", "4ms", "--cost-channels", "16",
                "--cost-layers", "8").exit());
        String task = Files.readString(out.resolve("table9-task.sbatch"));
        assertTrue(task.contains("--cost latency --cost-target 4.0 --cost-channels 16 --cost-layers 8 --cost-device cpu"),
                task);
        Cli.Result again = Cli.run("experiment", "table9", "--budget", "smoke", "--searches", "2", "--data",
                SampleData.sampleDir().toString(), "--out", out.toString(), "--list", "--cost", "latency",
                "--cost-target", "4.0", "--cost-channels", "16", "--cost-layers", "8", "--cost-device", "cpu");
        assertEquals(0, again.exit(), "the task's flags make the same grid: " + again.err());
    }

    @Test
    void cudnnAutotuningTurnedOffReachesEveryTask(@TempDir Path dir) throws Exception {
        Path on = dir.resolve("on");
        Path off = dir.resolve("off");
        assertEquals(0, emit(on, "slurm", "--gpus", "1").exit());
        assertEquals(0, emit(off, "slurm", "--gpus", "1", "--no-cudnn-benchmark").exit());
        String taskOn = Files.readString(on.resolve("table9-task.sbatch"));
        String taskOff = Files.readString(off.resolve("table9-task.sbatch"));
        assertFalse(taskOn.contains("cudnn"), taskOn);
        assertTrue(taskOff.contains("--no-cudnn-benchmark") && taskOff.contains("--device gpu"), taskOff);
    }

    @Test
    void theSlurmTaskRequeuesAStoppedOrStartingTaskAndNeverAUsageError(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("scontrol-calls.txt");
        Path exit = dir.resolve("exit-code.txt");
        Path jdarts = bin.resolve("jdarts");
        Files.writeString(jdarts, "#!/usr/bin/env bash\nexit $(cat '" + exit + "')\n");
        Path scontrol = bin.resolve("scontrol");
        Files.writeString(scontrol, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n");
        for (Path p : List.of(jdarts, scontrol)) {
            assertTrue(p.toFile().setExecutable(true));
        }
        Path out = dir.resolve("grid");
        assertEquals(0, emit(out, "slurm", "--jdarts", jdarts.toString()).exit());
        Map<Integer, Integer> scriptExit = Map.of(0, 0, 75, 0, 143, 0, 2, 2, 1, 1);
        Map<Integer, Boolean> requeued = Map.of(0, false, 75, true, 143, true, 2, false, 1, false);
        for (int code : List.of(0, 75, 143, 2, 1)) {
            Files.writeString(exit, Integer.toString(code));
            Files.deleteIfExists(calls);
            ProcessBuilder pb = new ProcessBuilder("bash", out.resolve("table9-task.sbatch").toString())
                    .redirectErrorStream(true);
            pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            pb.environment().put("SLURM_ARRAY_JOB_ID", "41");
            pb.environment().put("SLURM_ARRAY_TASK_ID", "3");
            Process p = pb.start();
            String said = new String(p.getInputStream().readAllBytes());
            assertEquals(scriptExit.get(code), p.waitFor(), "jdarts exit " + code + ": " + said);
            assertEquals(requeued.get(code), Files.exists(calls), "jdarts exit " + code + ": " + said);
            if (requeued.get(code)) {
                assertEquals("requeue 41_3", Files.readString(calls).strip());
            }
        }
    }
}
