{{- define "lda-hub.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lda-hub.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lda-hub.labels" -}}
app.kubernetes.io/name: {{ include "lda-hub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "lda-hub.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lda-hub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "lda-hub.secretName" -}}
{{- default (include "lda-hub.fullname" .) .Values.existingSecret -}}
{{- end -}}
