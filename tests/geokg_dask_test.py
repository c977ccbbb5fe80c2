"""scripts/geokg-dask on a LocalCluster of 2 worker processes: the merged
graph equals a single-process `geokg ingest` of the same inputs (stats and the
full JSON export), also when a worker is killed mid-task (Dask runs the task
again) and when a shard's input is bad (reported, the others merged).

    geokg_dask_test.py GEOKG SCRIPT EXAMPLES_DIR

Exits 77 (skipped) when Dask (Debian python3-distributed) is not installed.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

GEOKG, SCRIPT, EXAMPLES = sys.argv[1:4]

COUNTRIES = ["Russia", "Ukraine", "China", "India", "Pakistan", "France", "Germany", "Iran", "Israel", "Turkey"]
SENTENCES = ["{} accused {} of shelling border villages.", "{} praised {} for its aid.",
             "{} threatened {} with sanctions.", "{} met officials from {} in Geneva."]


def article(i):
    return " ".join(SENTENCES[(i + k) % 4].format(COUNTRIES[(i * 7 + k) % 10], COUNTRIES[(i * 3 + k * 3 + 1) % 10])
                    for k in range(3))


def make_corpus(root):
    """Nested folders of text files and a JSON Lines file: ids from paths, fields and lines."""
    for i in range(12):
        folder = os.path.join(root, "news", f"day-{i % 3}", "more" if i % 5 == 0 else "")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"story-{i:02d}.txt"), "w") as f:
            f.write(f"2023-0{1 + i % 9}-1{i % 10}\n\n{article(i)}\n")
    with open(os.path.join(root, "feed.jsonl"), "w") as f:
        for i in range(12, 28):
            record = {"date": "2022-05-0{}".format(1 + i % 9), "title": f"Item {i}", "text": article(i)}
            if i % 2:
                record["id"] = f"feed-{i}"
            f.write(json.dumps(record) + "\n")
    return [os.path.join(root, "news"), os.path.join(root, "feed.jsonl"), EXAMPLES]


def run(args, env=None):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def graph_of(db):
    stats = json.loads(run([GEOKG, "stats", "--format", "json", "--db", db]).stdout)
    del stats["database"], stats["size_on_disk"]
    exported = run([GEOKG, "export", "--format", "json", "--db", db])
    assert exported.returncode == 0, exported.stderr
    return stats, exported.stdout


class GeokgDask(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.inputs = make_corpus(cls.dir.name)
        single = os.path.join(cls.dir.name, "single")
        r = run([GEOKG, "ingest", "-q", "--db", single] + cls.inputs)
        assert r.returncode == 0, r.stderr
        cls.expected = graph_of(single)
        assert cls.expected[0]["articles"] > 40, cls.expected[0]

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def dask(self, name, extra, env=None):
        db = os.path.join(self.dir.name, name)
        r = run([SCRIPT, "--geokg", GEOKG, "--workers", "2", "--db", db] + extra, env=env)
        return db, r

    def test_same_graph_as_a_single_process(self):
        db, r = self.dask("distributed", ["--shards", "5"] + self.inputs)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("5 shards, 2 workers", r.stderr)
        self.assertEqual(graph_of(db), self.expected)
        # Merging the same inputs again changes nothing.
        _, r = self.dask("distributed", ["--shards", "3"] + self.inputs)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(f"(0 new, {self.expected[0]['articles']} unchanged, 0 replaced", r.stderr)
        self.assertEqual(graph_of(db), self.expected)

    def test_a_killed_worker_is_retried_and_the_graph_is_the_same(self):
        marker = os.path.join(self.dir.name, "killed-once")
        env = dict(os.environ, GEOKG_DASK_TEST_KILL_SHARD=f"1:{marker}")
        db, r = self.dask("killed", ["--shards", "4"] + self.inputs, env=env)
        self.assertTrue(os.path.exists(marker), "the worker running shard 1 was not killed")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(graph_of(db), self.expected)

    def test_a_bad_shard_is_reported_and_the_rest_merged(self):
        bad = os.path.join(self.dir.name, "bad.txt")
        with open(bad, "wb") as f:
            f.write(b"\x00\x01\x02binary\x00" * 100)
        inputs = [self.inputs[0], bad, self.inputs[1]]
        single = os.path.join(self.dir.name, "bad-single")
        r = run([GEOKG, "ingest", "-q", "--db", single] + inputs)  # skips the bad file
        self.assertEqual(r.returncode, 0, r.stderr)
        # One shard per file: the bad file is a shard of its own.
        files = sum(len(fs) for _, _, fs in os.walk(self.inputs[0])) + 2
        db, r = self.dask("bad", ["--shards", str(files)] + inputs)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(f"{files} shards", r.stderr)
        self.assertIn("bad.txt: binary file, skipped", r.stderr)
        self.assertRegex(r.stderr, r"shard \d+ \(.*bad\.txt\) failed \(geokg exit 1\); merging the others")
        self.assertEqual(graph_of(db), graph_of(single))


if __name__ == "__main__":
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("SKIPPED: Dask is not installed (Debian: apt-get install python3-distributed; "
              "scripts/install-deps.sh installs it)")
        sys.exit(77)
    unittest.main(argv=[sys.argv[0], "-v"])
