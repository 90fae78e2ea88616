// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/OpenApiDocuments.h"

#include "app/demo/ClusterState.h"
#include "models/resources/KindNames.h"
#include "models/resources/ResourceKind.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

// The schemas, one block per type: a header line `#<name>|<group>,<version>,<Kind>|<description>`
// (group/version/kind empty for non-top-level types), then `<field>|<type>|<description>`
// lines. Types: string, integer, boolean, object (free form), map (string → string),
// qmap (string → Quantity), quantity, time, [<type> (array of), @<schema> (reference).
// Prefixes: core. meta. storage. apps. resource. expand to the Kubernetes package names.
// A line `...` says that the type has more fields than those listed: unknown fields in it
// are neither reported nor dropped (see OpenApiDocuments::pruneUnknownFields).
const char* const kSchemas
    = R"(#meta.ObjectMeta||ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.
annotations|map|Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.
creationTimestamp|time|CreationTimestamp is a timestamp representing the server time when this object was created.
deletionGracePeriodSeconds|integer|Number of seconds allowed for this object to gracefully terminate before it will be removed from the system.
deletionTimestamp|time|DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted.
finalizers|[string|Must be empty before the object is deleted from the registry.
generateName|string|GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.
generation|integer|A sequence number representing a specific generation of the desired state.
labels|map|Map of string keys and values that can be used to organize and categorize (scope and select) objects.
managedFields|[@meta.ManagedFieldsEntry|ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.
name|string|Name must be unique within a namespace.
namespace|string|Namespace defines the space within which each name must be unique.
ownerReferences|[@meta.OwnerReference|List of objects depended by this object.
resourceVersion|string|An opaque value that represents the internal version of this object.
selfLink|string|Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
uid|string|UID is the unique in time and space value for this object.
#meta.ManagedFieldsEntry||ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.
apiVersion|string|APIVersion defines the version of this resource that this field set applies to.
fieldsType|string|FieldsType is the discriminator for the different fields format and version.
fieldsV1|object|FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
manager|string|Manager is an identifier of the workflow managing these fields.
operation|string|Operation is the type of operation which lead to this ManagedFieldsEntry being created.
subresource|string|Subresource is the name of the subresource used to update that object.
time|time|Time is the timestamp of when the ManagedFields entry was added.
#meta.OwnerReference||OwnerReference contains enough information to let you identify an owning object.
apiVersion|string|API version of the referent.
blockOwnerDeletion|boolean|If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.
controller|boolean|If true, this reference points to the managing controller.
kind|string|Kind of the referent.
name|string|Name of the referent.
uid|string|UID of the referent.
#meta.ListMeta||ListMeta describes metadata that synthetic resources must have, including lists and various status objects.
continue|string|continue may be set if the user set a limit on the number of items returned.
remainingItemCount|integer|remainingItemCount is the number of subsequent items in the list which are not included in this list response.
resourceVersion|string|String that identifies the server's internal version of this object.
selfLink|string|Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
#meta.LabelSelector||A label selector is a label query over a set of resources.
matchExpressions|[@meta.LabelSelectorRequirement|matchExpressions is a list of label selector requirements. The requirements are ANDed.
matchLabels|map|matchLabels is a map of {key,value} pairs.
#meta.LabelSelectorRequirement||A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
key|string|key is the label key that the selector applies to.
operator|string|operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
values|[string|values is an array of string values.
#meta.Status||Status is a return value for calls that don't return other objects.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
code|integer|Suggested HTTP return code for this status, 0 if not set.
details|object|Extended data associated with the reason.
kind|string|Kind is a string value representing the REST resource this object represents.
message|string|A human-readable description of the status of this operation.
metadata|@meta.ListMeta|Standard list metadata.
reason|string|A machine-readable description of why this operation is in the "Failure" status.
status|string|Status of the operation. One of: "Success" or "Failure".
#meta.Patch||Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.
#meta.DeleteOptions||DeleteOptions may be provided when deleting an API object.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
dryRun|[string|When present, indicates that modifications should not be persisted.
gracePeriodSeconds|integer|The duration in seconds before the object should be deleted.
kind|string|Kind is a string value representing the REST resource this object represents.
orphanDependents|boolean|Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7.
preconditions|object|Must be fulfilled before a deletion is carried out.
propagationPolicy|string|Whether and how garbage collection will be performed.
#meta.WatchEvent||Event represents a single event to a watched resource.
object|object|Object is: * If Type is Added or Modified: the new state of the object. * If Type is Deleted: the state of the object immediately before deletion. * If Type is Error: *Status is recommended.
type|string|Type of the event.
#core.ObjectReference||ObjectReference contains enough information to let you inspect or modify the referred object.
apiVersion|string|API version of the referent.
fieldPath|string|If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement.
kind|string|Kind of the referent.
name|string|Name of the referent.
namespace|string|Namespace of the referent.
resourceVersion|string|Specific resourceVersion to which this reference is made, if any.
uid|string|UID of the referent.
#core.TypedLocalObjectReference||TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.
apiGroup|string|APIGroup is the group for the resource being referenced.
kind|string|Kind is the type of resource being referenced.
name|string|Name is the name of resource being referenced.
#core.Namespace|,v1,Namespace|Namespace provides a scope for Names. Use of multiple namespaces is optional.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.NamespaceSpec|Spec defines the behavior of the Namespace.
status|@core.NamespaceStatus|Status describes the current status of a Namespace.
#core.NamespaceSpec||NamespaceSpec describes the attributes on a Namespace.
finalizers|[string|Finalizers is an opaque list of values that must be empty to permanently remove object from storage.
#core.NamespaceStatus||NamespaceStatus is information about the current status of a Namespace.
conditions|[object|Represents the latest available observations of a namespace's current state.
phase|string|Phase is the current lifecycle phase of the namespace.
#core.PersistentVolume|,v1,PersistentVolume|PersistentVolume (PV) is a storage resource provisioned by an administrator. It is analogous to a node.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.PersistentVolumeSpec|spec defines a specification of a persistent volume owned by the cluster. Provisioned by an administrator.
status|@core.PersistentVolumeStatus|status represents the current information/status for the persistent volume. Populated by the system. Read-only.
#core.PersistentVolumeSpec||PersistentVolumeSpec is the specification of a persistent volume.
accessModes|[string|accessModes contains all ways the volume can be mounted.
capacity|qmap|capacity is the description of the persistent volume's resources and capacity.
claimRef|@core.ObjectReference|claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim.
csi|object|csi represents storage that is handled by an external CSI driver.
hostPath|@core.HostPathVolumeSource|hostPath represents a directory on the host.
local|@core.LocalVolumeSource|local represents directly-attached storage with node affinity
mountOptions|[string|mountOptions is the list of mount options, e.g. ["ro", "soft"].
nfs|@core.NFSVolumeSource|nfs represents an NFS mount on the host.
nodeAffinity|object|nodeAffinity defines constraints that limit what nodes this volume can be accessed from.
persistentVolumeReclaimPolicy|string|persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim. Valid options are Retain (default for manually created PersistentVolumes), Delete (default for dynamically provisioned PersistentVolumes), and Recycle (deprecated).
storageClassName|string|storageClassName is the name of StorageClass to which this persistent volume belongs. Empty value means that this volume does not belong to any StorageClass.
volumeAttributesClassName|string|Name of VolumeAttributesClass to which this persistent volume belongs.
volumeMode|string|volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state. Value of Filesystem is implied when not included in spec.
...
#core.PersistentVolumeStatus||PersistentVolumeStatus is the current status of a persistent volume.
lastPhaseTransitionTime|time|lastPhaseTransitionTime is the time the phase transitioned from one to another.
message|string|message is a human-readable message indicating details about why the volume is in this state.
phase|string|phase indicates if a volume is available, bound to a claim, or released by a claim.
reason|string|reason is a brief CamelCase string that describes any failure.
#core.HostPathVolumeSource||Represents a host path mapped into a pod.
path|string|path of the directory on the host.
type|string|type for HostPath Volume.
#core.LocalVolumeSource||Local represents directly-attached storage with node affinity.
fsType|string|fsType is the filesystem type to mount.
path|string|path of the full path to the volume on the node.
#core.NFSVolumeSource||Represents an NFS mount that lasts the lifetime of a pod.
path|string|path that is exported by the NFS server.
readOnly|boolean|readOnly here will force the NFS export to be mounted with read-only permissions.
server|string|server is the hostname or IP address of the NFS server.
#core.PersistentVolumeClaim|,v1,PersistentVolumeClaim|PersistentVolumeClaim is a user's request for and claim to a persistent volume
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.PersistentVolumeClaimSpec|spec defines the desired characteristics of a volume requested by a pod author.
status|@core.PersistentVolumeClaimStatus|status represents the current information/status of a persistent volume claim. Read-only.
#core.PersistentVolumeClaimSpec||PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes
accessModes|[string|accessModes contains the desired access modes the volume should have.
dataSource|@core.TypedLocalObjectReference|dataSource field can be used to specify either an existing VolumeSnapshot object or an existing PVC.
dataSourceRef|object|dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired.
resources|@core.VolumeResourceRequirements|resources represents the minimum resources the volume should have.
selector|@meta.LabelSelector|selector is a label query over volumes to consider for binding.
storageClassName|string|storageClassName is the name of the StorageClass required by the claim.
volumeAttributesClassName|string|volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
volumeMode|string|volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.
volumeName|string|volumeName is the binding reference to the PersistentVolume backing this claim.
#core.VolumeResourceRequirements||VolumeResourceRequirements describes the storage resource requirements for a volume.
limits|qmap|Limits describes the maximum amount of compute resources allowed.
requests|qmap|Requests describes the minimum amount of compute resources required.
#core.PersistentVolumeClaimStatus||PersistentVolumeClaimStatus is the current status of a persistent volume claim.
accessModes|[string|accessModes contains the actual access modes the volume backing the PVC has.
allocatedResourceStatuses|map|allocatedResourceStatuses stores status of resource being resized for the given PVC.
allocatedResources|object|allocatedResources tracks the resources allocated to a PVC including its capacity.
capacity|qmap|capacity represents the actual resources of the underlying volume.
conditions|[object|conditions is the current Condition of persistent volume claim.
currentVolumeAttributesClassName|string|currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using.
modifyVolumeStatus|object|ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
phase|string|phase represents the current phase of PersistentVolumeClaim.
#core.Pod|,v1,Pod|Pod is a collection of containers that can run on a host.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.PodSpec|Specification of the desired behavior of the pod.
status|@core.PodStatus|Most recently observed status of the pod.
#core.PodSpec||PodSpec is a description of a pod.
containers|[@core.Container|List of containers belonging to the pod.
nodeName|string|NodeName indicates in which node this pod is scheduled.
nodeSelector|map|NodeSelector is a selector which must be true for the pod to fit on a node.
restartPolicy|string|Restart policy for all containers within the pod.
securityContext|object|SecurityContext holds pod-level security attributes and common container settings.
volumes|[@core.Volume|List of volumes that can be mounted by containers belonging to the pod.
...
#core.Container||A single application container that you want to run within a pod.
args|[string|Arguments to the entrypoint.
command|[string|Entrypoint array.
env|[object|List of environment variables to set in the container.
image|string|Container image name.
name|string|Name of the container specified as a DNS_LABEL.
ports|[object|List of ports to expose from the container.
resources|object|Compute Resources required by this container.
volumeMounts|[@core.VolumeMount|Pod volumes to mount into the container's filesystem.
...
#core.VolumeMount||VolumeMount describes a mounting of a Volume within a container.
mountPath|string|Path within the container at which the volume should be mounted.
mountPropagation|string|mountPropagation determines how mounts are propagated from the host to container and the other way around.
name|string|This must match the Name of a Volume.
readOnly|boolean|Mounted read-only if true, read-write otherwise (false or unspecified).
recursiveReadOnly|string|RecursiveReadOnly specifies whether read-only mounts should be handled recursively.
subPath|string|Path within the volume from which the container's volume should be mounted.
subPathExpr|string|Expanded path within the volume from which the container's volume should be mounted.
#core.Volume||Volume represents a named volume in a pod that may be accessed by any container in the pod.
configMap|object|configMap represents a configMap that should populate this volume
emptyDir|object|emptyDir represents a temporary directory that shares a pod's lifetime.
hostPath|@core.HostPathVolumeSource|hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container.
name|string|name of the volume. Must be a DNS_LABEL and unique within the pod.
persistentVolumeClaim|@core.PersistentVolumeClaimVolumeSource|persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace.
secret|object|secret represents a secret that should populate this volume.
...
#core.PersistentVolumeClaimVolumeSource||PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace.
claimName|string|claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
readOnly|boolean|readOnly Will force the ReadOnly setting in VolumeMounts.
#core.PodStatus||PodStatus represents information about the status of a pod.
conditions|[object|Current service state of pod.
containerStatuses|[object|Statuses of containers in this pod.
hostIP|string|hostIP holds the IP address of the host to which the pod is assigned.
message|string|A human readable message indicating details about why the pod is in this condition.
phase|string|The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle.
podIP|string|podIP address allocated to the pod.
reason|string|A brief CamelCase message indicating details about why the pod is in this state.
startTime|time|RFC 3339 date and time at which the object was acknowledged by the Kubelet.
...
#core.PodTemplateSpec||PodTemplateSpec describes the data a pod should have when created from a template
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.PodSpec|Specification of the desired behavior of the pod.
#core.Event|,v1,Event|Event is a report of an event somewhere in the cluster.
action|string|What action was taken/failed regarding to the Regarding object.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
count|integer|The number of times this event has occurred.
eventTime|time|Time when this Event was first observed.
firstTimestamp|time|The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)
involvedObject|@core.ObjectReference|The object that this event is about.
kind|string|Kind is a string value representing the REST resource this object represents.
lastTimestamp|time|The time at which the most recent occurrence of this event was recorded.
message|string|A human-readable description of the status of this operation.
metadata|@meta.ObjectMeta|Standard object's metadata.
reason|string|This should be a short, machine understandable string that gives the reason for the transition into the object's current status.
related|object|Optional secondary object for more complex actions.
reportingComponent|string|Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.
reportingInstance|string|ID of the controller instance, e.g. `kubelet-xyzf`.
series|object|Data about the Event series this event represents or nil if it's a singleton Event.
source|@core.EventSource|The component reporting this event. Should be a short machine understandable string.
type|string|Type of this event (Normal, Warning), new types could be added in the future
#core.EventSource||EventSource contains information for an event.
component|string|Component from which the event is generated.
host|string|Node name on which the event is generated.
#core.ConfigMap|,v1,ConfigMap|ConfigMap holds configuration data for pods to consume.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
binaryData|map|BinaryData contains the binary data.
data|map|Data contains the configuration data.
immutable|boolean|Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified).
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
#core.Secret|,v1,Secret|Secret holds secret data of a certain type.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
data|map|Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string.
immutable|boolean|Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified).
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
stringData|map|stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience.
type|string|Used to facilitate programmatic handling of secret data.
#core.Service|,v1,Service|Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@core.ServiceSpec|Spec defines the behavior of a service.
status|object|Most recently observed status of the service.
#core.ServiceSpec||ServiceSpec describes the attributes that a user creates on a service.
clusterIP|string|clusterIP is the IP address of the service and is usually assigned randomly.
ports|[object|The list of ports that are exposed by this service.
selector|map|Route service traffic to pods with label keys and values matching this selector.
type|string|type determines how the Service is exposed.
...
#storage.StorageClass|storage.k8s.io,v1,StorageClass|StorageClass describes the parameters for a class of storage for which PersistentVolumes can be dynamically provisioned.
allowVolumeExpansion|boolean|allowVolumeExpansion shows whether the storage class allow volume expand.
allowedTopologies|[object|allowedTopologies restrict the node topologies where volumes can be dynamically provisioned.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
mountOptions|[string|mountOptions controls the mountOptions for dynamically provisioned PersistentVolumes of this storage class.
parameters|map|parameters holds the parameters for the provisioner that should create volumes of this storage class.
provisioner|string|provisioner indicates the type of the provisioner.
reclaimPolicy|string|reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete.
volumeBindingMode|string|volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound. When unset, VolumeBindingImmediate is used.
#apps.Deployment|apps,v1,Deployment|Deployment enables declarative updates for Pods and ReplicaSets.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@apps.DeploymentSpec|Specification of the desired behavior of the Deployment.
status|@apps.DeploymentStatus|Most recently observed status of the Deployment.
#apps.DeploymentSpec||DeploymentSpec is the specification of the desired behavior of the Deployment.
minReadySeconds|integer|Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available.
paused|boolean|Indicates that the deployment is paused.
progressDeadlineSeconds|integer|The maximum time in seconds for a deployment to make progress before it is considered to be failed.
replicas|integer|Number of desired pods. Defaults to 1.
revisionHistoryLimit|integer|The number of old ReplicaSets to retain to allow rollback.
selector|@meta.LabelSelector|Label selector for pods.
strategy|object|The deployment strategy to use to replace existing pods with new ones.
template|@core.PodTemplateSpec|Template describes the pods that will be created.
#apps.DeploymentStatus||DeploymentStatus is the most recently observed status of the Deployment.
availableReplicas|integer|Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.
collisionCount|integer|Count of hash collisions for the Deployment.
conditions|[object|Represents the latest available observations of a deployment's current state.
observedGeneration|integer|The generation observed by the deployment controller.
readyReplicas|integer|Total number of non-terminating pods targeted by this Deployment with a Ready Condition.
replicas|integer|Total number of non-terminating pods targeted by this deployment (their labels match the selector).
terminatingReplicas|integer|Total number of terminating pods targeted by this deployment.
unavailableReplicas|integer|Total number of unavailable pods targeted by this deployment.
updatedReplicas|integer|Total number of non-terminating pods targeted by this deployment that have the desired template spec.
#apps.StatefulSet|apps,v1,StatefulSet|StatefulSet represents a set of pods with consistent identities.
apiVersion|string|APIVersion defines the versioned schema of this representation of an object.
kind|string|Kind is a string value representing the REST resource this object represents.
metadata|@meta.ObjectMeta|Standard object's metadata.
spec|@apps.StatefulSetSpec|Spec defines the desired identities of pods in this set.
status|@apps.StatefulSetStatus|Status is the current status of Pods in this StatefulSet.
#apps.StatefulSetSpec||A StatefulSetSpec is the specification of a StatefulSet.
minReadySeconds|integer|Minimum number of seconds for which a newly created pod should be ready without any of its container crashing for it to be considered available.
ordinals|object|ordinals controls the numbering of replica indices in a StatefulSet.
persistentVolumeClaimRetentionPolicy|object|persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates.
podManagementPolicy|string|podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.
replicas|integer|replicas is the desired number of replicas of the given Template.
revisionHistoryLimit|integer|revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history.
selector|@meta.LabelSelector|selector is a label query over pods that should match the replica count.
serviceName|string|serviceName is the name of the service that governs this StatefulSet.
template|@core.PodTemplateSpec|template is the object that describes the pod that will be created if insufficient replicas are detected.
updateStrategy|object|updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.
volumeClaimTemplates|[@core.PersistentVolumeClaim|volumeClaimTemplates is a list of claims that pods are allowed to reference.
#apps.StatefulSetStatus||StatefulSetStatus represents the current state of a StatefulSet.
availableReplicas|integer|Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset.
collisionCount|integer|collisionCount is the count of hash collisions for the StatefulSet.
conditions|[object|Represents the latest available observations of a statefulset's current state.
currentReplicas|integer|currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision.
currentRevision|string|currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas).
observedGeneration|integer|observedGeneration is the most recent generation observed for this StatefulSet.
readyReplicas|integer|readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.
replicas|integer|replicas is the number of Pods created by the StatefulSet controller.
updateRevision|string|updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)
updatedReplicas|integer|updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision.
)";

QString expandName(QString name)
{
    static const QList<std::pair<QString, QString>> prefixes = {
        {u"meta."_s, u"io.k8s.apimachinery.pkg.apis.meta.v1."_s},
        {u"core."_s, u"io.k8s.api.core.v1."_s},
        {u"storage."_s, u"io.k8s.api.storage.v1."_s},
        {u"apps."_s, u"io.k8s.api.apps.v1."_s},
    };
    for (const auto& [short_, long_] : prefixes) {
        if (name.startsWith(short_))
            return long_ + name.mid(short_.size());
    }
    return name;
}

QJsonObject ref(const QString& schema)
{
    return {{"$ref"_L1, QString(u"#/components/schemas/"_s + expandName(schema))}};
}

QJsonObject typeSchema(const QString& type)
{
    if (type.startsWith(u'['))
        return {{"type"_L1, "array"_L1}, {"items"_L1, typeSchema(type.mid(1))}};
    if (type.startsWith(u'@'))
        return ref(type.mid(1));
    if (type == u"map")
        return {{"type"_L1, "object"_L1},
            {"additionalProperties"_L1, QJsonObject {{"type"_L1, "string"_L1}, {"default"_L1, ""_L1}}}};
    if (type == u"qmap")
        return {{"type"_L1, "object"_L1},
            {"additionalProperties"_L1, ref(u"io.k8s.apimachinery.pkg.api.resource.Quantity"_s)}};
    if (type == u"time")
        return {{"type"_L1, "string"_L1}, {"format"_L1, "date-time"_L1}};
    if (type == u"integer")
        return {{"type"_L1, "integer"_L1}, {"format"_L1, "int64"_L1}};
    if (type == u"object")
        return {{"type"_L1, "object"_L1}, {"x-kubernetes-preserve-unknown-fields"_L1, true}};
    return {{"type"_L1, type}};
}

struct SchemaSet
{
    QJsonObject schemas;
    QHash<QString, QString> schemaOfKind; ///< "group/version/Kind" → schema name
    QSet<QString> partial; ///< schemas that list only some of their type's fields
};

const SchemaSet& schemaSet()
{
    static const SchemaSet set = [] {
        SchemaSet s;
        s.schemas.insert("io.k8s.apimachinery.pkg.api.resource.Quantity"_L1,
            QJsonObject {{"description"_L1,
                             "Quantity is a fixed-point representation of a number. It provides "
                             "convenient marshaling/unmarshaling in JSON and YAML, in addition to "
                             "String() and AsInt64() accessors."_L1},
                {"type"_L1, "string"_L1}});
        QString current;
        QJsonObject schema;
        QJsonObject properties;
        const auto flush = [&] {
            if (current.isEmpty())
                return;
            if (!properties.isEmpty())
                schema.insert("properties"_L1, properties);
            s.schemas.insert(current, schema);
        };
        const QStringList lines = QString::fromUtf8(kSchemas).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            const QStringList parts = line.split(u'|');
            if (line == u"...") {
                s.partial.insert(current);
                continue;
            }
            if (line.startsWith(u'#')) {
                flush();
                current = expandName(parts.at(0).mid(1));
                schema = QJsonObject {{"description"_L1, parts.value(2)}, {"type"_L1, "object"_L1}};
                properties = QJsonObject();
                const QStringList gvk = parts.value(1).split(u',');
                if (gvk.size() == 3) {
                    schema.insert("x-kubernetes-group-version-kind"_L1,
                        QJsonArray {QJsonObject {
                            {"group"_L1, gvk.at(0)}, {"kind"_L1, gvk.at(2)}, {"version"_L1, gvk.at(1)}}});
                    s.schemaOfKind.insert(gvk.at(0) + u'/' + gvk.at(1) + u'/' + gvk.at(2), current);
                }
                continue;
            }
            QJsonObject field = typeSchema(parts.value(1));
            if (field.contains("$ref"_L1))
                field = QJsonObject {{"allOf"_L1, QJsonArray {field}}, {"default"_L1, QJsonObject {}}};
            field.insert("description"_L1, parts.value(2));
            properties.insert(parts.at(0), field);
        }
        flush();
        // The List kinds.
        for (const ResourceKind& kind : knownResourceKinds()) {
            const QString itemSchema
                = s.schemaOfKind.value(kind.group + u'/' + kind.version + u'/' + kind.kind);
            const QString listName = itemSchema + u"List"_s;
            QJsonObject properties {
                {"apiVersion"_L1, typeSchema(u"string"_s)},
                {"items"_L1, QJsonObject {{"type"_L1, "array"_L1}, {"items"_L1, ref(itemSchema)}}},
                {"kind"_L1, typeSchema(u"string"_s)},
                {"metadata"_L1,
                    QJsonObject {
                        {"allOf"_L1, QJsonArray {ref(u"meta.ListMeta"_s)}}, {"default"_L1, QJsonObject {}}}},
            };
            s.schemas.insert(listName,
                QJsonObject {{"description"_L1,
                                 QString(kind.kind + u"List is a list of "_s + kind.kind + u" objects."_s)},
                    {"type"_L1, "object"_L1}, {"required"_L1, QJsonArray {u"items"_s}},
                    {"properties"_L1, properties},
                    {"x-kubernetes-group-version-kind"_L1,
                        QJsonArray {QJsonObject {{"group"_L1, kind.group},
                            {"kind"_L1, QString(kind.kind + u"List"_s)}, {"version"_L1, kind.version}}}}});
        }
        return s;
    }();
    return set;
}

QJsonObject queryParameter(const QString& name, const QString& type, const QString& description)
{
    return {{"name"_L1, name}, {"in"_L1, "query"_L1}, {"description"_L1, description},
        {"schema"_L1, QJsonObject {{"type"_L1, type}, {"uniqueItems"_L1, true}}}};
}

QJsonArray writeParameters(bool patch)
{
    QJsonArray p {
        queryParameter(u"dryRun"_s, u"string"_s,
            u"When present, indicates that modifications should not be persisted. Valid values are: "
            "- All: all dry run stages will be processed"_s),
        queryParameter(u"fieldManager"_s, u"string"_s,
            u"fieldManager is a name associated with the actor or entity that is making these changes."_s),
        queryParameter(u"fieldValidation"_s, u"string"_s,
            u"fieldValidation instructs the server on how to handle objects in the request containing "
            "unknown or duplicate fields. Valid values are: Ignore, Warn, Strict."_s),
    };
    if (patch)
        p.append(queryParameter(u"force"_s, u"boolean"_s,
            u"Force is going to \"force\" Apply requests. It means user will re-acquire "
            "conflicting fields owned by other people."_s));
    return p;
}

QJsonObject jsonContent(const QJsonObject& schema)
{
    return {{"application/json"_L1, QJsonObject {{"schema"_L1, schema}}},
        {"application/yaml"_L1, QJsonObject {{"schema"_L1, schema}}}};
}

QString operationPrefix(const ResourceKind& kind)
{
    QString group = kind.group.isEmpty() ? u"Core"_s : kind.group.section(u'.', 0, 0);
    group[0] = group.at(0).toUpper();
    QString version = kind.version;
    version[0] = version.at(0).toUpper();
    return group + version;
}

QJsonObject operation(const ResourceKind& kind, const QString& action, const QString& verbWord,
    const QString& what, const QJsonObject& responseSchema, const QJsonArray& parameters,
    const QJsonObject& requestBody = {})
{
    QJsonObject op {{"description"_L1, QString(verbWord + u" the specified "_s + kind.kind)},
        {"operationId"_L1, QString(action + operationPrefix(kind) + what)},
        {"responses"_L1,
            QJsonObject {
                {"200"_L1,
                    QJsonObject {{"description"_L1, "OK"_L1}, {"content"_L1, jsonContent(responseSchema)}}},
                {"401"_L1, QJsonObject {{"description"_L1, "Unauthorized"_L1}}}}},
        {"tags"_L1,
            QJsonArray {QString(
                (kind.group.isEmpty() ? u"core"_s : kind.group.section(u'.', 0, 0)) + u'_' + kind.version)}},
        {"x-kubernetes-action"_L1, action == u"deleteCollection" ? u"deletecollection"_s : action},
        {"x-kubernetes-group-version-kind"_L1,
            QJsonObject {{"group"_L1, kind.group}, {"kind"_L1, kind.kind}, {"version"_L1, kind.version}}}};
    if (!parameters.isEmpty())
        op.insert("parameters"_L1, parameters);
    if (!requestBody.isEmpty())
        op.insert("requestBody"_L1, requestBody);
    return op;
}

QJsonArray concat(QJsonArray a, const QJsonArray& b)
{
    for (const QJsonValue& v : b)
        a.append(v);
    return a;
}

QJsonObject pathParameter(const QString& name)
{
    return {{"name"_L1, name}, {"in"_L1, "path"_L1}, {"required"_L1, true},
        {"description"_L1, QString(name + u" of the resource"_s)},
        {"schema"_L1, QJsonObject {{"type"_L1, "string"_L1}, {"uniqueItems"_L1, true}}}};
}

void addPaths(QJsonObject& paths, const ResourceKind& kind)
{
    const QString schema
        = schemaSet().schemaOfKind.value(kind.group + u'/' + kind.version + u'/' + kind.kind);
    const QJsonObject objectRef = ref(schema);
    const QJsonObject listRef = ref(schema + u"List"_s);
    const QString scope = kind.namespaced ? u"Namespaced"_s : QString();
    const QString base = kind.namespaced
        ? QString(kind.groupVersionPath() + u"/namespaces/{namespace}/"_s + kind.resource)
        : QString(kind.groupVersionPath() + u'/' + kind.resource);
    QJsonArray collectionParams;
    if (kind.namespaced)
        collectionParams.append(pathParameter(u"namespace"_s));
    const QJsonArray listParams {
        queryParameter(u"allowWatchBookmarks"_s, u"boolean"_s,
            u"allowWatchBookmarks requests watch events with type \"BOOKMARK\"."_s),
        queryParameter(u"continue"_s, u"string"_s,
            u"The continue option should be set when retrieving more results from the server."_s),
        queryParameter(u"fieldSelector"_s, u"string"_s,
            u"A selector to restrict the list of returned objects by their fields."_s),
        queryParameter(u"labelSelector"_s, u"string"_s,
            u"A selector to restrict the list of returned objects by their labels."_s),
        queryParameter(
            u"limit"_s, u"integer"_s, u"limit is a maximum number of responses to return for a list call."_s),
        queryParameter(u"resourceVersion"_s, u"string"_s,
            u"resourceVersion sets a constraint on what resource versions a request may be served from."_s),
        queryParameter(u"resourceVersionMatch"_s, u"string"_s,
            u"resourceVersionMatch determines how resourceVersion is applied to list calls."_s),
        queryParameter(u"sendInitialEvents"_s, u"boolean"_s,
            u"`sendInitialEvents=true` may be set together with `watch=true`."_s),
        queryParameter(u"timeoutSeconds"_s, u"integer"_s, u"Timeout for the list/watch call."_s),
        queryParameter(u"watch"_s, u"boolean"_s,
            u"Watch for changes to the described resources and return them as a stream of add, update, and remove notifications."_s),
    };
    const QJsonObject bodyOfObject {{"required"_L1, true},
        {"content"_L1, QJsonObject {{"*/*"_L1, QJsonObject {{"schema"_L1, objectRef}}}}}};
    const QJsonObject patchSchema {{"schema"_L1, ref(u"meta.Patch"_s)}};
    // No strategic-merge-patch here: kubectl then computes its client-side apply patch
    // from its built-in types.
    const QJsonObject patchBody {{"required"_L1, true},
        {"content"_L1,
            QJsonObject {{"application/apply-patch+yaml"_L1, patchSchema},
                {"application/json-patch+json"_L1, patchSchema},
                {"application/merge-patch+json"_L1, patchSchema}}}};
    const QJsonObject deleteBody {
        {"content"_L1, QJsonObject {{"*/*"_L1, QJsonObject {{"schema"_L1, ref(u"meta.DeleteOptions"_s)}}}}}};
    const QJsonArray deleteParams {
        queryParameter(u"dryRun"_s, u"string"_s,
            u"When present, indicates that modifications should not be persisted."_s),
        queryParameter(u"gracePeriodSeconds"_s, u"integer"_s,
            u"The duration in seconds before the object should be deleted."_s),
        queryParameter(
            u"propagationPolicy"_s, u"string"_s, u"Whether and how garbage collection will be performed."_s),
    };

    QJsonObject collection {{"parameters"_L1, collectionParams}};
    collection.insert("get"_L1,
        operation(kind, u"list"_s, u"list or watch objects of kind"_s, u"list"_s + scope + kind.kind, listRef,
            listParams));
    collection.insert("post"_L1,
        operation(kind, u"post"_s, u"create a"_s, u"create"_s + scope + kind.kind, objectRef,
            writeParameters(false), bodyOfObject));
    if (kind.kind != kindname::Namespace)
        collection.insert("delete"_L1,
            operation(kind, u"deleteCollection"_s, u"delete collection of"_s,
                u"deleteCollection"_s + scope + kind.kind, ref(u"meta.Status"_s),
                concat(deleteParams, listParams), deleteBody));
    paths.insert(base, collection);

    QJsonArray itemParams = collectionParams;
    itemParams.prepend(pathParameter(u"name"_s));
    QJsonObject item {{"parameters"_L1, itemParams}};
    item.insert("get"_L1, operation(kind, u"get"_s, u"read"_s, u"read"_s + scope + kind.kind, objectRef, {}));
    item.insert("put"_L1,
        operation(kind, u"put"_s, u"replace"_s, u"replace"_s + scope + kind.kind, objectRef,
            writeParameters(false), bodyOfObject));
    item.insert("patch"_L1,
        operation(kind, u"patch"_s, u"partially update"_s, u"patch"_s + scope + kind.kind, objectRef,
            writeParameters(true), patchBody));
    item.insert("delete"_L1,
        operation(kind, u"delete"_s, u"delete a"_s, u"delete"_s + scope + kind.kind, ref(u"meta.Status"_s),
            deleteParams, deleteBody));
    paths.insert(base + u"/{name}"_s, item);

    if (ClusterState::hasStatusSubresource(kind)) {
        QJsonObject status {{"parameters"_L1, itemParams}};
        status.insert("get"_L1,
            operation(kind, u"get"_s, u"read status of"_s, u"read"_s + scope + kind.kind + u"Status"_s,
                objectRef, {}));
        status.insert("put"_L1,
            operation(kind, u"put"_s, u"replace status of"_s, u"replace"_s + scope + kind.kind + u"Status"_s,
                objectRef, writeParameters(false), bodyOfObject));
        status.insert("patch"_L1,
            operation(kind, u"patch"_s, u"partially update status of"_s,
                u"patch"_s + scope + kind.kind + u"Status"_s, objectRef, writeParameters(true), patchBody));
        paths.insert(base + u"/{name}/status"_s, status);
    }
    if (kind.namespaced) {
        QJsonObject all;
        all.insert("get"_L1,
            operation(kind, u"list"_s, u"list or watch objects of kind"_s,
                u"list"_s + kind.kind + u"ForAllNamespaces"_s, listRef, listParams));
        paths.insert(kind.groupVersionPath() + u'/' + kind.resource, all);
    }
}

/// The schema a property refers to ("" for none): `$ref` directly or in `allOf`.
QString referencedSchema(const QJsonObject& property)
{
    QString r = property.value("$ref"_L1).toString();
    if (r.isEmpty())
        r = property.value("allOf"_L1).toArray().first().toObject().value("$ref"_L1).toString();
    return r.mid(r.lastIndexOf(u'/') + 1);
}

QJsonValue pruneValue(
    const QJsonObject& property, QJsonValue value, const QString& path, QStringList& unknown);

QJsonObject pruneObject(
    const QString& schemaName, QJsonObject object, const QString& path, QStringList& unknown)
{
    const SchemaSet& set = schemaSet();
    const QJsonObject properties = set.schemas.value(schemaName).toObject().value("properties"_L1).toObject();
    const bool partial = set.partial.contains(schemaName);
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    for (const QString& key : object.keys()) {
        const QString fieldPath = prefix + key;
        if (!properties.contains(key)) {
            if (!partial) {
                unknown.append(fieldPath);
                object.remove(key);
            }
            continue;
        }
        object.insert(
            key, pruneValue(properties.value(key).toObject(), object.value(key), fieldPath, unknown));
    }
    return object;
}

QJsonValue pruneValue(
    const QJsonObject& property, QJsonValue value, const QString& path, QStringList& unknown)
{
    const QString schema = referencedSchema(property);
    if (!schema.isEmpty() && value.isObject() && schemaSet().schemas.contains(schema))
        return pruneObject(schema, value.toObject(), path, unknown);
    if (property.value("type"_L1).toString() == u"array" && value.isArray()) {
        const QJsonObject items = property.value("items"_L1).toObject();
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = pruneValue(items, array.at(i), path + u'[' + QString::number(i) + u']', unknown);
        return array;
    }
    return value;
}

} // namespace

QStringList OpenApiDocuments::pruneUnknownFields(const ResourceKind& kind, QJsonObject& object)
{
    const QString schema
        = schemaSet().schemaOfKind.value(kind.group + u'/' + kind.version + u'/' + kind.kind);
    QStringList unknown;
    if (!schema.isEmpty())
        object = pruneObject(schema, object, {}, unknown);
    return unknown;
}

QJsonObject OpenApiDocuments::document(const QString& groupVersionPath)
{
    QJsonObject paths;
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (kind.groupVersionPath().mid(1) == groupVersionPath)
            addPaths(paths, kind);
    }
    if (paths.isEmpty())
        return {};
    return {{"openapi"_L1, "3.0.0"_L1},
        {"info"_L1, QJsonObject {{"title"_L1, "Kubernetes"_L1}, {"version"_L1, "v1.32.0-ase-demo"_L1}}},
        {"paths"_L1, paths},
        {"components"_L1,
            QJsonObject {{"schemas"_L1, schemaSet().schemas},
                {"securitySchemes"_L1,
                    QJsonObject {{"BearerToken"_L1,
                        QJsonObject {{"type"_L1, "apiKey"_L1}, {"name"_L1, "authorization"_L1},
                            {"in"_L1, "header"_L1},
                            {"description"_L1, "Bearer Token authentication"_L1}}}}}}},
        {"security"_L1, QJsonArray {QJsonObject {{"BearerToken"_L1, QJsonArray {}}}}}};
}

QByteArray OpenApiDocuments::documentBytes(const QString& groupVersionPath)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(groupVersionPath);
    if (it == cache.end()) {
        const QJsonObject doc = document(groupVersionPath);
        it = cache.insert(groupVersionPath,
            doc.isEmpty() ? QByteArray() : QJsonDocument(doc).toJson(QJsonDocument::Compact));
    }
    return *it;
}

QString OpenApiDocuments::documentHash(const QString& groupVersionPath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(documentBytes(groupVersionPath), QCryptographicHash::Sha512)
            .toHex()
            .toUpper());
}

QJsonObject OpenApiDocuments::index()
{
    QJsonObject paths;
    QStringList seen;
    for (const ResourceKind& kind : knownResourceKinds()) {
        const QString gv = kind.groupVersionPath().mid(1);
        if (seen.contains(gv))
            continue;
        seen.append(gv);
        paths.insert(gv,
            QJsonObject {
                {"serverRelativeURL"_L1, QString(u"/openapi/v3/"_s + gv + u"?hash="_s + documentHash(gv))}});
    }
    return {{"paths"_L1, paths}};
}

} // namespace ase::demo
