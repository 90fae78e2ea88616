#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
"""The official Kubernetes Python client (Debian's python3-kubernetes) against ase-demo-device.

Usage: python_client_test.py PATH-TO-ase-demo-device

Starts the demo device on a free loopback port, points the client at the kubeconfig it
writes, and checks what a script would do: list, watch from a resourceVersion (ADDED ...
DELETED), create, patch, delete with preconditions, 403 for the namespace-scoped user.
Exit codes: 0 passed, 1 failed. The client is required, not optional (the project's set-up
installs it): without it the test fails and says how to install it.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

try:
    from kubernetes import client, config, watch
    from kubernetes.client.rest import ApiException
except ImportError:
    print("FAIL: the Kubernetes Python client is not installed. Install the Debian package "
          "python3-kubernetes (dev.sh setup does).")
    sys.exit(1)

NAMESPACE = "edge-apps"
DEVICE = None  # set from argv


def pvc_manifest(name, labels=None):
    return client.V1PersistentVolumeClaim(
        metadata=client.V1ObjectMeta(name=name, labels=labels or {}),
        spec=client.V1PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"],
            storage_class_name="ase-node-local",
            resources=client.V1VolumeResourceRequirements(requests={"storage": "1Gi"}),
        ),
    )


class PythonClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        kubeconfig = os.path.join(cls.dir.name, "kubeconfig")
        cls.device = subprocess.Popen(
            [DEVICE, "--kubeconfig-out", kubeconfig,
             "--device-profile-out", os.path.join(cls.dir.name, "device.json")],
            stdout=subprocess.PIPE, text=True)
        line = cls.device.stdout.readline()
        if not line.startswith("ready https://127.0.0.1:"):
            cls.device.kill()
            raise RuntimeError(f"ase-demo-device did not start: {line!r}")
        print("ase-demo-device:", line.strip(), flush=True)
        cls.admin = config.new_client_from_config(config_file=kubeconfig)
        cls.user = config.new_client_from_config(config_file=kubeconfig, context="ase-demo-user")
        cls.core = client.CoreV1Api(cls.admin)

    @classmethod
    def tearDownClass(cls):
        cls.device.terminate()
        code = cls.device.wait(10)
        cls.dir.cleanup()
        if code != 0:
            raise RuntimeError(f"ase-demo-device exited with {code} on SIGTERM")

    def test_version(self):
        info = client.VersionApi(self.admin).get_code()
        self.assertEqual((info.major, info.minor), ("1", "32"))

    def test_list(self):
        classes = client.StorageV1Api(self.admin).list_storage_class()
        self.assertIn("ase-node-local", [c.metadata.name for c in classes.items])
        self.assertTrue(classes.metadata.resource_version)
        self.assertIsInstance(self.core.list_persistent_volume().items, list)
        self.assertIsInstance(self.core.list_namespaced_persistent_volume_claim(NAMESPACE).items, list)

    def test_create_patch_delete_with_preconditions(self):
        created = self.core.create_namespaced_persistent_volume_claim(NAMESPACE, pvc_manifest("py-data"))
        self.assertEqual(created.metadata.name, "py-data")
        self.assertEqual(created.status.phase, "Pending")
        with self.assertRaises(ApiException) as exists:
            self.core.create_namespaced_persistent_volume_claim(NAMESPACE, pvc_manifest("py-data"))
        self.assertEqual(exists.exception.status, 409)

        patched = self.core.patch_namespaced_persistent_volume_claim(
            "py-data", NAMESPACE, {"metadata": {"labels": {"tier": "gold"}}})
        self.assertEqual(patched.metadata.labels, {"tier": "gold"})
        self.assertNotEqual(patched.metadata.resource_version, created.metadata.resource_version)

        with self.assertRaises(ApiException) as wrong_uid:
            self.core.delete_namespaced_persistent_volume_claim(
                "py-data", NAMESPACE,
                body=client.V1DeleteOptions(preconditions=client.V1Preconditions(uid="not-the-uid")))
        self.assertEqual(wrong_uid.exception.status, 409)
        with self.assertRaises(ApiException) as stale:
            self.core.delete_namespaced_persistent_volume_claim(
                "py-data", NAMESPACE,
                body=client.V1DeleteOptions(preconditions=client.V1Preconditions(
                    resource_version=created.metadata.resource_version)))
        self.assertEqual(stale.exception.status, 409)
        self.core.read_namespaced_persistent_volume_claim("py-data", NAMESPACE)  # still there

        self.core.delete_namespaced_persistent_volume_claim(
            "py-data", NAMESPACE,
            body=client.V1DeleteOptions(preconditions=client.V1Preconditions(
                uid=patched.metadata.uid, resource_version=patched.metadata.resource_version)))
        events = watch.Watch().stream(
            self.core.list_namespaced_persistent_volume_claim, NAMESPACE,
            field_selector="metadata.name=py-data", resource_version=patched.metadata.resource_version,
            timeout_seconds=20)
        self.assertIn("DELETED", [e["type"] for e in events])

    def test_watch_from_resource_version(self):
        start = self.core.list_namespaced_persistent_volume_claim(NAMESPACE).metadata.resource_version
        self.core.create_namespaced_persistent_volume_claim(NAMESPACE, pvc_manifest("py-watch"))
        self.core.patch_namespaced_persistent_volume_claim(
            "py-watch", NAMESPACE, {"metadata": {"labels": {"seen": "yes"}}})
        self.core.delete_namespaced_persistent_volume_claim("py-watch", NAMESPACE)
        seen = []
        stream = watch.Watch()
        for event in stream.stream(self.core.list_namespaced_persistent_volume_claim, NAMESPACE,
                                   resource_version=start, timeout_seconds=20):
            obj = event["object"]
            if obj.metadata.name != "py-watch":
                continue
            self.assertIsInstance(obj, client.V1PersistentVolumeClaim)
            seen.append(event["type"])
            if event["type"] == "DELETED":
                stream.stop()
        self.assertEqual(seen[0], "ADDED", seen)
        self.assertIn("MODIFIED", seen)
        self.assertEqual(seen[-1], "DELETED", seen)

    def test_namespace_user_is_forbidden_at_cluster_scope(self):
        user = client.CoreV1Api(self.user)
        with self.assertRaises(ApiException) as forbidden:
            user.list_persistent_volume()
        self.assertEqual(forbidden.exception.status, 403)
        self.assertEqual(
            json.loads(forbidden.exception.body)["message"],
            'persistentvolumes is forbidden: User "edge-user" cannot list resource "persistentvolumes" '
            'in API group "" at the cluster scope')
        self.assertIsInstance(user.list_namespaced_persistent_volume_claim(NAMESPACE).items, list)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(1)
    DEVICE = sys.argv.pop(1)
    unittest.main(verbosity=2)
